namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>Time spent on one day in one kind of activity, who can confirm it, and the mentor who did, once they have.</summary>
public sealed record HourLog(Guid Id, DateOnly Date, decimal Hours, HourKind Kind, string? Activity, string? Supervisor, MentorSignOff? Confirmed = null) : IPlanItem;
