namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class CreateRubricInput
{
    public string CourseId { get; init; } = "";
    public string Template { get; init; } = "";
}
