namespace LtiPathways.LtiTool.Features.Dashboards.Charts;

/// <summary>One named row of values, one per category of its chart.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);
