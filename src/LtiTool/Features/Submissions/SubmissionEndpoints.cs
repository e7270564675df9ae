using LtiPathways.LtiTool.Features.Submissions.LinkPreviews;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// The submission page of an assignment (students: their work; staff: everyone's; mentors: their mentees', read-only)
/// and the student's JSON calls, which travel with the session token as a Bearer header (window.ltiFetch).
/// </summary>
public static class SubmissionEndpoints
{
    public static IEndpointRouteBuilder MapSubmissionPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/app/assignments/{assignmentId:guid}").RequireAuthorization();
        group.MapGet("/submission", ShowAsync);
        group.MapGet("/submissions/{submissionId:guid}", ShowOneAsync);
        group.MapPut("/submission/essay", SaveEssayAsync);
        group.MapPut("/submission/link", SaveLinkAsync);
        group.MapDelete("/submission/link", RemoveLinkAsync);
        group.MapPost("/submission/link-preview", PreviewLinkAsync).RequireRateLimiting(LinkPreviews.LinkPreviewServices.RateLimitPolicy);
        group.MapPost("/submission/submit", SubmitAsync);
        group.MapPost("/submission/withdraw", WithdrawAsync);
        group.MapDelete("/submission/files/{fileId:guid}", RemoveFileAsync);
        return routes;
    }

    /// <summary>The assignment's submission page for a session just started (a mentor's launch lands here).</summary>
    public static IResult RedirectFor(Guid assignmentId, string sessionToken) => TypedResults.Redirect(
        $"{SubmissionLinks.ForAssignment(assignmentId)}?{SessionTokenConstants.QueryParameter}={Uri.EscapeDataString(sessionToken)}");

    private static async Task<IResult> ShowAsync(
        HttpContext context, Guid assignmentId, SubmissionAccess access, SubmissionQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await FindAsync(context, assignmentId, access, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var token = await sessions.IssueAsync(ToolSession.From(context.User)!, cancellationToken);
        return found.IsStaff || found.IsMentor
            ? new RazorComponentResult<SubmissionListPage>(new { View = await queries.ListAsync(found, null, token, cancellationToken) })
            : new RazorComponentResult<SubmissionPage>(new { View = await queries.StudentAsync(found, token, cancellationToken) });
    }

    private static async Task<IResult> ShowOneAsync(
        HttpContext context, Guid assignmentId, Guid submissionId, SubmissionAccess access, SubmissionQueries queries, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        // A student's own attempts are on their page; this view opens work the list may show, and only that.
        if (await FindAsync(context, assignmentId, access, cancellationToken) is not { } found || !(found.IsStaff || found.IsMentor))
        {
            return NotFound();
        }

        var view = await queries.ListAsync(found, submissionId, await sessions.IssueAsync(ToolSession.From(context.User)!, cancellationToken), cancellationToken);
        return view.Opened is null ? NotFound() : new RazorComponentResult<SubmissionListPage>(new { View = view });
    }

    private static async Task<IResult> SaveEssayAsync(
        HttpContext context, Guid assignmentId, EssayInput input, SubmissionAccess access, SubmissionWork work, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (found, refusal) = await FindForChangeAsync(context, assignmentId, access, cancellationToken);
        if (found is null)
        {
            return refusal!;
        }

        var (draft, problem) = await work.SaveEssayAsync(found, input.Markdown ?? "", cancellationToken);
        return draft is null
            ? Refused(problem!)
            : TypedResults.Json(new { words = draft.WordCount, html = draft.EssayHtml, savedAt = clock.GetUtcNow(), attempt = draft.Attempt });
    }

    private static async Task<IResult> SaveLinkAsync(
        HttpContext context, Guid assignmentId, LinkInput input, SubmissionAccess access, SubmissionWork work, CancellationToken cancellationToken)
    {
        var (found, refusal) = await FindForChangeAsync(context, assignmentId, access, cancellationToken);
        if (found is null)
        {
            return refusal!;
        }

        var (draft, problem) = await work.SaveLinkAsync(found, input.Url ?? "", input.Title ?? "", input.Description ?? "", cancellationToken);
        return draft is null ? Refused(problem!) : TypedResults.Json(new { url = draft.LinkUrl, title = draft.LinkTitle });
    }

    private static async Task<IResult> RemoveLinkAsync(
        HttpContext context, Guid assignmentId, SubmissionAccess access, SubmissionWork work, CancellationToken cancellationToken)
    {
        var (found, refusal) = await FindForChangeAsync(context, assignmentId, access, cancellationToken);
        if (found is null)
        {
            return refusal!;
        }

        return await work.RemoveLinkAsync(found, cancellationToken) is { } problem ? Refused(problem) : TypedResults.NoContent();
    }

    private static async Task<IResult> PreviewLinkAsync(
        HttpContext context, Guid assignmentId, LinkInput input, SubmissionAccess access, LinkPreviewFetcher previews, CancellationToken cancellationToken)
    {
        if (await FindAsync(context, assignmentId, access, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var (preview, refusal) = found.RefuseStudentWork(SubmissionType.Link) is { } cannot
            ? (null, cannot)
            : await previews.FetchAsync(input.Url ?? "", cancellationToken);
        return preview is null
            ? Refused(refusal!)
            : TypedResults.Json(new { title = preview.Title, description = preview.Description, siteName = preview.SiteName });
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context, Guid assignmentId, SubmissionAccess access, SubmissionWork work, CancellationToken cancellationToken)
    {
        var (found, refusal) = await FindForChangeAsync(context, assignmentId, access, cancellationToken);
        if (found is null)
        {
            return refusal!;
        }

        var (submitted, problem) = await work.SubmitAsync(found, cancellationToken);
        return submitted is null
            ? Refused(problem!)
            : TypedResults.Json(new { attempt = submitted.Attempt, submittedAt = submitted.SubmittedAt, late = submitted.IsLate });
    }

    private static async Task<IResult> WithdrawAsync(
        HttpContext context, Guid assignmentId, SubmissionAccess access, SubmissionWork work, CancellationToken cancellationToken)
    {
        var (found, refusal) = await FindForChangeAsync(context, assignmentId, access, cancellationToken);
        if (found is null)
        {
            return refusal!;
        }

        return await work.WithdrawAsync(found, cancellationToken) is { } problem ? Refused(problem) : TypedResults.NoContent();
    }

    private static async Task<IResult> RemoveFileAsync(
        HttpContext context, Guid assignmentId, Guid fileId, SubmissionAccess access, DraftFileRemoval removal, CancellationToken cancellationToken)
    {
        if (await FindAsync(context, assignmentId, access, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        return await removal.RemoveAsync(found, fileId, cancellationToken) switch
        {
            DraftFileRemovalOutcome.Removed => TypedResults.NoContent(),
            DraftFileRemovalOutcome.HandedIn => TypedResults.Text(
                "That file is part of an attempt you handed in, which stays as it was; start a new attempt to change your work.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Text("That file is not in your draft.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound),
        };
    }

    private static Task<AssignmentAccess?> FindAsync(HttpContext context, Guid assignmentId, SubmissionAccess access, CancellationToken cancellationToken) =>
        ToolSession.From(context.User) is { } session ? access.FindAsync(session, assignmentId, cancellationToken) : Task.FromResult<AssignmentAccess?>(null);

    /// <summary>The assignment for a change to the student's own work: 404 outside the course, 403 for anyone but a student.</summary>
    private static async Task<(AssignmentAccess? Found, IResult? Refusal)> FindForChangeAsync(
        HttpContext context, Guid assignmentId, SubmissionAccess access, CancellationToken cancellationToken) =>
        await FindAsync(context, assignmentId, access, cancellationToken) switch
        {
            null => (null, NotFound()),
            { WhyNotSubmitting: { } notSubmitting } => (null, Forbidden(notSubmitting)),
            var found => (found, null),
        };

    private static IResult NotFound() =>
        TypedResults.Text("That assignment or submission is not in the course you opened LtiPathways from.", statusCode: StatusCodes.Status404NotFound);

    private static IResult Forbidden(string sentence) =>
        TypedResults.Text(sentence, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);

    private static IResult Refused(string sentence) =>
        TypedResults.Text(sentence, "text/plain; charset=utf-8", statusCode: StatusCodes.Status422UnprocessableEntity);
}
