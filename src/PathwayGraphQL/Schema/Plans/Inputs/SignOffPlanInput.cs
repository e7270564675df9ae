using LtiPathways.PathwayGraphQL.Pathways.History;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class SignOffPlanInput : PlanChangeInput
{
    public SignOffRole Role { get; init; }

    public string? TypedName { get; init; }
}
