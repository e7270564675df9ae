namespace LtiPathways.PathwayGraphQL.Assessments.Moves;

/// <summary>How many ungraded assessments moved, and the version they and new work are on now.</summary>
public record WorkMoved(int Moved, int TargetVersion);
