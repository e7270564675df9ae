using LtiPathways.PathwayGraphQL.Data.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class SaveAssessmentInput
{
    public string AssignmentId { get; init; } = "";
    public string StudentId { get; init; } = "";
    public AssessmentKind Kind { get; init; } = AssessmentKind.Teacher;
    public string? BaseVersion { get; init; }
    public string? OverallComment { get; init; }
    public IReadOnlyList<MarkInput> Marks { get; init; } = [];
}
