using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Recordings;
using LtiPathways.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Pathways.Plan;

/// <summary>Renders the plan page for a session: a fresh token, the evidence the owner may pick, and the players of its recordings.</summary>
public sealed class PlanPages(
    PlanQueries queries, EvidenceChoices evidence, PlanRecordings recordings, SubmittedFileViews fileViews, SessionTokenIssuer sessions, TimeProvider clock)
{
    public async Task<IResult> ShowAsync(ToolSession session, Guid planId, string? notice, CancellationToken cancellationToken)
    {
        var opened = await queries.OpenAsync(session.Viewer, planId, cancellationToken);
        return opened.Succeeded
            ? Render(await ViewAsync(session, opened.Value, cancellationToken) with { Notice = notice })
            : opened.Refusal.AsPage();
    }

    public async Task<PlanPageView> ViewAsync(ToolSession session, PlanView plan, CancellationToken cancellationToken)
    {
        var choices = plan.Capacity == PlanCapacity.Owner
            ? (await evidence.ForPlanAsync(session.Viewer, plan.Plan.PlanId, cancellationToken)).Value ?? []
            : [];
        // The plan opened for this viewer, so everyone who reads it may play its recordings.
        var players = await fileViews.ForAsync(await recordings.FilesAsync(plan.Plan.PlanId, cancellationToken), cancellationToken);
        return new PlanPageView(plan, await sessions.IssueAsync(session, cancellationToken), choices, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            Recordings = players,
        };
    }

    public static IResult Render(PlanPageView view, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<PlanPage>(new { View = view }) { StatusCode = status };

    /// <summary>After a save: a GET of the plan, so reloading reads it instead of posting the form again.</summary>
    public async Task<IResult> RedirectAsync(ToolSession session, Guid planId, string saved, CancellationToken cancellationToken) =>
        TypedResults.Redirect(PathwayPaths.WithSession($"{PathwayPaths.Plan(planId)}?saved={Uri.EscapeDataString(saved)}", await sessions.IssueAsync(session, cancellationToken)));
}
