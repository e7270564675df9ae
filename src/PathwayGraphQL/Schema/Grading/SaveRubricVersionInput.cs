namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class SaveRubricVersionInput
{
    public string CourseId { get; init; } = "";
    public string RubricId { get; init; } = "";
    public string Json { get; init; } = "";
}
