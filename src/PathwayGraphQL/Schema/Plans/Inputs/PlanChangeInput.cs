namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

/// <summary>What every plan change names: the plan, the version the change was made on, and Relay's clientMutationId.</summary>
public abstract class PlanChangeInput
{
    public string PlanId { get; init; } = "";

    public int ExpectedVersion { get; init; }

    public string? ClientMutationId { get; init; }
}
