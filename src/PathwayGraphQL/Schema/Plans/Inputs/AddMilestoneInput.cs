namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class AddMilestoneInput : PlanChangeInput
{
    public string Title { get; init; } = "";

    public DateOnly Due { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public string? GoalId { get; init; }
}
