namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>The values the filters offer: only those some plan of the institution has.</summary>
public sealed record DashboardChoices(IReadOnlyList<int> Cohorts, IReadOnlyList<TemplateChoice> Templates, IReadOnlyList<string> Providers);

public sealed record TemplateChoice(string Key, string Name);
