namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class AddGoalInput : PlanChangeInput
{
    public string Text { get; init; } = "";

    public string Measure { get; init; } = "";

    public DateOnly TargetDate { get; init; }
}
