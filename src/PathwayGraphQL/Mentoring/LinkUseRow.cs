namespace LtiPathways.PathwayGraphQL.Mentoring;

public sealed record LinkUseRow(DateTime At, string Mentor, string? Student, string What);
