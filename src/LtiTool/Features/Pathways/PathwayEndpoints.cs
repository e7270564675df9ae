using LtiPathways.LtiTool.Features.Pathways.Careers;
using LtiPathways.LtiTool.Features.Pathways.Caseloads;
using LtiPathways.LtiTool.Features.Pathways.Editing;
using LtiPathways.LtiTool.Features.Pathways.Mentees;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.LtiTool.Features.Pathways.Recordings;
using LtiPathways.LtiTool.Features.Pathways.Review;
using LtiPathways.LtiTool.Features.Pathways.Start;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Partnerships;
using Microsoft.Extensions.Localization;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Pathways;

/// <summary>
/// The pathway planner a "Pathway planner" link opens, by role: a student's own plan (or choosing its template), an
/// advisor's caseload, a mentor's mentees. Editing and reviewing a plan are in <see cref="PlanEditEndpoints"/> and
/// <see cref="PlanReviewEndpoints"/>.
/// </summary>
public static class PathwayEndpoints
{
    public static IEndpointRouteBuilder MapPathways(this IEndpointRouteBuilder routes)
    {
        var planner = routes.MapGroup(PathwayPaths.Root).RequireAuthorization();
        planner.MapGet("/", OpenAsync);
        planner.MapGet("/caseload", CaseloadAsync);
        planner.MapGet("/mentees", MenteesAsync);
        planner.MapGet("/plans/{planId:guid}", (ToolSession session, Guid planId, string? saved, PlanPages pages, IStringLocalizer<PathwayText> text, CancellationToken ct) =>
            pages.ShowAsync(session, planId, SavedNotice(saved, text), ct));
        planner.MapGet("/plans/{planId:guid}/history", HistoryAsync);
        planner.MapStart();
        planner.MapPlanEdits();
        planner.MapPlanCorrections();
        planner.MapPlanReviews();
        planner.MapRecordingCaptions();
        routes.MapCareers();
        return routes;
    }

    /// <summary>After a launch: a GET of the planner, so reloading reads it instead of posting the spent launch again.</summary>
    public static IResult RedirectAfterLaunch(string sessionToken) => TypedResults.Redirect(PathwayPaths.WithSession(PathwayPaths.Root, sessionToken));

    private static async Task<IResult> OpenAsync(
        ToolSession session, PlanQueries queries, PlanPages pages, Caseload caseload, MenteePlans mentees, AgreementReminders reminders,
        SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (session.Role == CourseRole.Mentor)
        {
            return await MenteesAsync(session, mentees, sessions, cancellationToken);
        }
        if (session.Role >= CourseRole.Teacher)
        {
            return await CaseloadAsync(session, null, caseload, reminders, sessions, cancellationToken);
        }
        return await queries.OwnPlanIdAsync(session.Viewer, cancellationToken) is { } planId
            ? await pages.ShowAsync(session, planId, null, cancellationToken)
            : await StartEndpoints.ChooseAsync(session, sessions, cancellationToken);
    }

    private static string? SavedNotice(string? saved, IStringLocalizer<PathwayText> text) => saved switch
    {
        null => null,
        "start" => text["Notice.Started"].Value,
        "sign-off" => text["Notice.Signed"].Value,
        "comments" => text["Notice.Commented"].Value,
        "unchanged" => text["Notice.Unchanged"].Value,
        _ when saved.EndsWith("-remove", StringComparison.Ordinal) => text["Notice.Removed"].Value,
        _ => text["Notice.Saved"].Value,
    };

    private static async Task<IResult> CaseloadAsync(
        ToolSession session, string? sort, Caseload caseload, AgreementReminders reminders, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var rows = await caseload.OfCourseAsync(session.Viewer, cancellationToken);
        if (!rows.Succeeded)
        {
            return rows.Refusal.AsPage();
        }
        var order = CaseloadOrder.Parse(sort);
        // Coordinators keep the partnerships too; the planner is where they arrive, so the way there (and what is due) starts here.
        var due = await reminders.DueAsync(session.Viewer, cancellationToken);
        return new RazorComponentResult<CaseloadPage>(new
        {
            Rows = order.Apply(rows.Value), Order = order, SessionToken = await sessions.IssueAsync(session, cancellationToken),
            ExpiringAgreements = due.Succeeded ? due.Value.Count : (int?)null,
        });
    }

    private static async Task<IResult> MenteesAsync(ToolSession session, MenteePlans mentees, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var rows = await mentees.OfMentorAsync(session.Viewer, cancellationToken);
        return rows.Succeeded
            ? new RazorComponentResult<MenteePlansPage>(new { Rows = rows.Value, SessionToken = await sessions.IssueAsync(session, cancellationToken) })
            : rows.Refusal.AsPage();
    }

    private static async Task<IResult> HistoryAsync(
        ToolSession session, Guid planId, int? older, int? newer, PlanQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var history = await queries.HistoryAsync(session.Viewer, planId, cancellationToken);
        if (!history.Succeeded)
        {
            return history.Refusal.AsPage();
        }
        var diff = older is { } from && newer is { } to ? await queries.DiffAsync(session.Viewer, planId, from, to, cancellationToken) : null;
        if (diff is { Succeeded: false })
        {
            return diff.Refusal.AsPage();
        }
        return new RazorComponentResult<PlanHistoryPage>(new
        {
            PlanId = planId, Entries = history.Value, Older = older, Newer = newer, Diff = diff?.Value,
            SessionToken = await sessions.IssueAsync(session, cancellationToken),
        });
    }
}
