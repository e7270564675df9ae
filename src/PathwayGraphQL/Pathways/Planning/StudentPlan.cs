namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A student of an institution and their plan evaluated for today; <see cref="Plan"/> is null until they start one.</summary>
public sealed record StudentPlan(Guid StudentUserId, string Name, string? GivenName, string? FamilyName, EvaluatedPlan? Plan);
