namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class ImportRubricInput
{
    public string CourseId { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Content { get; init; } = "";
}
