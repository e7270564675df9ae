namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>Time spent on one day in one kind of activity, and who can confirm it.</summary>
public sealed record HourLog(Guid Id, DateOnly Date, decimal Hours, HourKind Kind, string? Activity, string? Supervisor) : IPlanItem;
