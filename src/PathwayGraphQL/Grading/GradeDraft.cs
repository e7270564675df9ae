namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>A mark a teacher typed for one student, not yet validated.</summary>
public record GradeDraft(Guid StudentUserId, string PointsText, string Comment);
