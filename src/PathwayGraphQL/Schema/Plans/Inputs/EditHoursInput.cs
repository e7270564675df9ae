using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class EditHoursInput : PlanChangeInput
{
    public string HoursId { get; init; } = "";

    public DateOnly? Date { get; init; }

    public decimal? Hours { get; init; }

    public HourKind? Kind { get; init; }

    public string? Activity { get; init; }

    public string? Supervisor { get; init; }
}
