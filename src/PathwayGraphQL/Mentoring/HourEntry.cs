using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>Hours a mentor logs for their mentee, confirmed by them as they log them.</summary>
public sealed record HourEntry(DateOnly Date, decimal Hours, HourKind Kind, string? Activity);
