namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class WaiveRequirementInput : PlanChangeInput
{
    public string RequirementKey { get; init; } = "";

    public string Reason { get; init; } = "";
}
