namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class RemovePlanItemInput : PlanChangeInput
{
    public string ItemId { get; init; } = "";
}
