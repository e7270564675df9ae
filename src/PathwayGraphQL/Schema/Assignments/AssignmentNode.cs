using LtiPathways.PathwayGraphQL.Data.Assignments;

namespace LtiPathways.PathwayGraphQL.Schema.Assignments;

/// <summary>Assessed work as the API shows it; the caller's scope was applied when it was read.</summary>
public sealed record AssignmentNode(
    Guid Id, Guid CourseId, string Title, string Instructions, string SubmissionTypes, decimal? PointsPossible, DateTime? DueAt, DateTime CreatedAt)
{
    public static AssignmentNode Of(Assignment a) => new(a.Id, a.CourseId, a.Title, a.Instructions, a.SubmissionTypes, a.PointsPossible, a.DueAt, a.CreatedAt);
}
