using LtiPathways.LtiTool.Features.Dashboards;
using LtiPathways.LtiTool.Features.Dashboards.Charts;
using LtiPathways.PathwayGraphQL.Dashboards;
using LtiPathways.PathwayGraphQL.Partnerships;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace LtiPathways.LtiTool.Tests.Dashboards;

public sealed class ImpactChartTests
{
    private static ScorecardYear Review(int year, decimal completion) => new(year, completion, 90, 4, 3, "", null, null, null, null);

    [Fact]
    public async Task A_year_without_an_annual_review_is_shown_as_no_review_not_as_zero_completion()
    {
        await using var services = Services();
        var chart = ImpactCharts.Scorecards([
            new ProviderScorecards("Harbor College", [Review(2024, 70), Review(2025, 80)]),
            new ProviderScorecards("Metro Welding", [Review(2025, 0)]),
        ], services.GetRequiredService<IStringLocalizer<DashboardText>>());

        var html = await RenderAsync(services, chart);

        Assert.Equal([null, 0m], chart.Series[1].Values);
        Assert.Contains("<td>no review</td>", html);
        Assert.Contains("<td>0</td>", html);
        Assert.Equal(3 + 2, html.Split("<rect class=\"bar").Length - 1); // three reviewed years, two legend keys
    }

    [Fact]
    public void A_chart_with_only_unreported_values_says_nothing_is_recorded()
    {
        var chart = new ChartData("x", "Title", "", "%", ["2025"], [new ChartSeries("A", [null])]);

        Assert.True(chart.IsEmpty);
        Assert.Equal(1, chart.AxisTop);
    }

    private static ServiceProvider Services() => new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();

    private static async Task<string> RenderAsync(ServiceProvider services, ChartData chart)
    {
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<BarChart>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Data"] = chart }))).ToHtmlString());
    }
}
