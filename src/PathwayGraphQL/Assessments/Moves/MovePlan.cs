namespace LtiPathways.PathwayGraphQL.Assessments.Moves;

/// <summary>What "move ungraded work" would do: the version new work uses now, the newest version, and each older assessment.</summary>
public record MovePlan(int CurrentVersion, int TargetVersion, IReadOnlyList<MoveRow> Rows);
