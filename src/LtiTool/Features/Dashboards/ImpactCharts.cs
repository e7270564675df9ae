using System.Globalization;
using LtiPathways.LtiTool.Features.Dashboards.Charts;
using LtiPathways.PathwayGraphQL.Dashboards;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>The impact figures as charts, each with a sentence that says what a sighted reader sees at a glance.</summary>
public static class ImpactCharts
{
    public static ChartData Completion(IReadOnlyList<CohortCompletion> cohorts, IStringLocalizer<DashboardText> text) => new(
        "completion", text["Chart.Completion"],
        Trend(cohorts.Select(c => (Year(c.Cohort), c.MetPercent)).ToList(), text["Chart.Completion.Unit"], text), text["Chart.Completion.Axis"],
        [.. cohorts.Select(c => Year(c.Cohort))],
        [new ChartSeries(text["Chart.Completion.Met"], [.. cohorts.Select(c => c.MetPercent)]), new ChartSeries(text["Chart.Completion.Complete"],
            [.. cohorts.Select(c => c.Plans == 0 ? 0 : Math.Round(c.Complete * 100m / c.Plans, 1))])]);

    public static ChartData Certifications(IReadOnlyList<YearFigures> years, IStringLocalizer<DashboardText> text) => new(
        "certifications", text["Chart.Certifications"],
        Trend(years.Select(y => (Year(y.Year), (decimal)y.Certifications)).ToList(), text["Chart.Certifications.Unit"], text), text["Chart.Certifications.Unit"],
        [.. years.Select(y => Year(y.Year))], [new ChartSeries(text["Chart.Certifications.Series"], [.. years.Select(y => (decimal)y.Certifications)])]);

    public static ChartData Hours(IReadOnlyList<YearFigures> years, IStringLocalizer<DashboardText> text) => new(
        "hours", text["Chart.Hours"],
        Trend(years.Select(y => (Year(y.Year), y.CommunityHours + y.WorkBasedHours)).ToList(), text["Chart.Hours.Unit"], text), text["Chart.Hours.Axis"],
        [.. years.Select(y => Year(y.Year))],
        [new ChartSeries(text["Chart.Hours.Community"], [.. years.Select(y => y.CommunityHours)]), new ChartSeries(text["Chart.Hours.WorkBased"], [.. years.Select(y => y.WorkBasedHours)])]);

    /// <summary>Completion of each partnership's students, year over year, one series per provider.</summary>
    public static ChartData Scorecards(IReadOnlyList<ProviderScorecards> providers, IStringLocalizer<DashboardText> text)
    {
        var years = providers.SelectMany(p => p.Years.Select(y => y.Year)).Distinct().Order().ToList();
        var names = string.Join(", ", providers.Select(p => p.Organisation));
        return new("scorecards", text["Chart.Scorecards"],
            years.Count == 0 ? text["Chart.Scorecards.None"] : text["Chart.Scorecards.Trend", names, Year(years[0]), Year(years[^1])],
            text["Chart.Scorecards.Axis"], [.. years.Select(Year)],
            [.. providers.Select(p => new ChartSeries(p.Organisation, [.. years.Select(y => p.Years.FirstOrDefault(s => s.Year == y)?.CompletionPercent)], text["Chart.Scorecards.NoReview"]))]);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Trend(IReadOnlyList<(string Year, decimal Value)> points, string unit, IStringLocalizer<DashboardText> text) => points.Count switch
    {
        0 => text["Chart.Nothing"],
        1 => text["Chart.TrendOne", ChartData.Number(points[0].Value), unit, points[0].Year],
        _ => text["Chart.Trend", ChartData.Number(points[0].Value), unit, points[0].Year, ChartData.Number(points[^1].Value), points[^1].Year,
            ChartData.Number(points.Max(p => p.Value)), points.MaxBy(p => p.Value).Year],
    };
}
