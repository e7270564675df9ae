namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>The institution's impact over time, year over year, for the charts and their tables.</summary>
public sealed record ImpactView(IReadOnlyList<CohortCompletion> Cohorts, IReadOnlyList<YearFigures> Years, IReadOnlyList<ProviderScorecards> Scorecards);
