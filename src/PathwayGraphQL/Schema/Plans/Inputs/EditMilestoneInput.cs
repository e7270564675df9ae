namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class EditMilestoneInput : PlanChangeInput
{
    public string MilestoneId { get; init; } = "";

    public string? Title { get; init; }

    public DateOnly? Due { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public string? GoalId { get; init; }
}
