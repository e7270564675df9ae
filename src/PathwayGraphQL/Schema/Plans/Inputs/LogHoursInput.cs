using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class LogHoursInput : PlanChangeInput
{
    public DateOnly Date { get; init; }

    public decimal Hours { get; init; }

    public HourKind Kind { get; init; }

    public string? Activity { get; init; }

    public string? Supervisor { get; init; }
}
