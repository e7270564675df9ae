using System.Globalization;
using LtiPathways.LtiTool.Features.Dashboards.Charts;
using LtiPathways.PathwayGraphQL.Dashboards;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>The impact figures as charts, each with a sentence that says what a sighted reader sees at a glance.</summary>
public static class ImpactCharts
{
    public static ChartData Completion(IReadOnlyList<CohortCompletion> cohorts) => new(
        "completion", "Cohort completion: requirements met, by the year students started",
        Trend(cohorts.Select(c => (Year(c.Cohort), c.MetPercent)).ToList(), "% of requirements met"), "% of requirements met or waived",
        [.. cohorts.Select(c => Year(c.Cohort))],
        [new ChartSeries("Requirements met (%)", [.. cohorts.Select(c => c.MetPercent)]), new ChartSeries("Plans complete (%)",
            [.. cohorts.Select(c => c.Plans == 0 ? 0 : Math.Round(c.Complete * 100m / c.Plans, 1))])]);

    public static ChartData Certifications(IReadOnlyList<YearFigures> years) => new(
        "certifications", "Certifications earned, by year",
        Trend(years.Select(y => (Year(y.Year), (decimal)y.Certifications)).ToList(), "certifications"), "certifications",
        [.. years.Select(y => Year(y.Year))], [new ChartSeries("Certifications", [.. years.Select(y => (decimal)y.Certifications)])]);

    public static ChartData Hours(IReadOnlyList<YearFigures> years) => new(
        "hours", "Community-engagement and work-based learning hours, by year",
        Trend(years.Select(y => (Year(y.Year), y.CommunityHours + y.WorkBasedHours)).ToList(), "hours in all"), "hours",
        [.. years.Select(y => Year(y.Year))],
        [new ChartSeries("Community engagement", [.. years.Select(y => y.CommunityHours)]), new ChartSeries("Work-based learning", [.. years.Select(y => y.WorkBasedHours)])]);

    /// <summary>Completion of each partnership's students, year over year, one series per provider.</summary>
    public static ChartData Scorecards(IReadOnlyList<ProviderScorecards> providers)
    {
        var years = providers.SelectMany(p => p.Years.Select(y => y.Year)).Distinct().Order().ToList();
        var names = string.Join(", ", providers.Select(p => p.Organisation));
        return new("scorecards", "Partnership scorecards: completion, by school year",
            years.Count == 0 ? "No annual review yet." : $"Completion reported in the annual reviews of {names}, {Year(years[0])} to {Year(years[^1])}.",
            "% completion", [.. years.Select(Year)],
            [.. providers.Select(p => new ChartSeries(p.Organisation, [.. years.Select(y => p.Years.FirstOrDefault(s => s.Year == y)?.CompletionPercent)], "no review"))]);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Trend(IReadOnlyList<(string Year, decimal Value)> points, string unit) => points.Count switch
    {
        0 => "Nothing recorded yet.",
        1 => $"{ChartData.Number(points[0].Value)} {unit} in {points[0].Year}.",
        _ => $"From {ChartData.Number(points[0].Value)} {unit} in {points[0].Year} to {ChartData.Number(points[^1].Value)} in {points[^1].Year}; "
            + $"the highest, {ChartData.Number(points.Max(p => p.Value))}, in {points.MaxBy(p => p.Value).Year}.",
    };
}
