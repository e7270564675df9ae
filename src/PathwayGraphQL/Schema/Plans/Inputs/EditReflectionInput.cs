using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class EditReflectionInput : PlanChangeInput
{
    public string ReflectionId { get; init; } = "";

    public ReflectionKind? Kind { get; init; }

    public DateOnly? WrittenOn { get; init; }

    public string? Text { get; init; }

    public List<string>? RequirementKeys { get; init; }
}
