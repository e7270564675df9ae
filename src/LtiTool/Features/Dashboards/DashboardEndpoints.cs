using System.Text;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Dashboards;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>
/// The coordinator's dashboard (issue 15, item 6): every student filtered and paged, the same students as CSV, and the
/// impact over time. Each answers a refusal or a bad filter with a page and its sentence.
/// </summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboards(this IEndpointRouteBuilder routes)
    {
        var dashboards = routes.MapGroup(DashboardPaths.Root).RequireAuthorization();
        dashboards.MapGet("/", ShowAsync);
        dashboards.MapGet("/students.csv", ExportAsync);
        dashboards.MapGet("/impact", ImpactAsync);
        return routes;
    }

    private static async Task<IResult> ShowAsync(
        ToolSession session, string? cohort, string? template, string? provider, string? risk, string? page,
        CoordinatorDashboard dashboard, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (filter, problem) = DashboardQuery.Read(cohort, template, provider, risk, page);
        if (filter is null)
        {
            return Refusal.Invalid(problem!).AsPage("The dashboard cannot show that");
        }
        var view = await dashboard.ViewAsync(session.Viewer, filter, cancellationToken);
        return view.Succeeded
            ? new RazorComponentResult<DashboardPage>(new { View = view.Value, SessionToken = await sessions.IssueAsync(session, cancellationToken) })
            : view.Refusal.AsPage();
    }

    private static async Task<IResult> ExportAsync(
        ToolSession session, string? cohort, string? template, string? provider, string? risk, CoordinatorDashboard dashboard, CancellationToken cancellationToken)
    {
        var (filter, problem) = DashboardQuery.Read(cohort, template, provider, risk, null);
        if (filter is null)
        {
            return Refusal.Invalid(problem!).AsPage("The dashboard cannot export that");
        }
        var rows = await dashboard.AllAsync(session.Viewer, filter, cancellationToken);
        return rows.Succeeded
            ? TypedResults.File(Encoding.UTF8.GetBytes(DashboardCsv.Write(rows.Value)), "text/csv; charset=utf-8", "dashboard-students.csv")
            : rows.Refusal.AsPage();
    }

    private static async Task<IResult> ImpactAsync(ToolSession session, ImpactOverTime impact, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var view = await impact.ViewAsync(session.Viewer, cancellationToken);
        return view.Succeeded
            ? new RazorComponentResult<ImpactPage>(new { View = view.Value, SessionToken = await sessions.IssueAsync(session, cancellationToken) })
            : view.Refusal.AsPage();
    }
}
