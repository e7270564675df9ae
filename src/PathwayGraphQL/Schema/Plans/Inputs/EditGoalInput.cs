using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class EditGoalInput : PlanChangeInput
{
    public string GoalId { get; init; } = "";

    public string? Text { get; init; }

    public string? Measure { get; init; }

    public DateOnly? TargetDate { get; init; }

    public GoalStatus? Status { get; init; }
}
