namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class ReleaseAssessmentsInput
{
    public string AssignmentId { get; init; } = "";
    public IReadOnlyList<string>? StudentIds { get; init; }
}
