using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>One partnership's annual scorecards, oldest year first, as <see cref="ScorecardTrend"/> compares them.</summary>
public sealed record ProviderScorecards(string Organisation, IReadOnlyList<ScorecardYear> Years);
