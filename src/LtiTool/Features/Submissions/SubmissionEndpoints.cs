using LtiPathways.LtiTool.Features.Submissions.ClassList;
using LtiPathways.LtiTool.Features.Submissions.LinkPreviews;
using LtiPathways.LtiTool.Features.Submissions.StudentWork;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Submissions;
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
        var group = routes.MapGroup(ToolLinks.Assignment).RequireAuthorization();
        group.MapGet("/submission", ShowAsync);
        group.MapGet("/submissions/{submissionId:guid}", ShowOneAsync);
        group.MapPut("/submission/essay", SaveEssayAsync);
        group.MapPut("/submission/link", SaveLinkAsync);
        group.MapDelete("/submission/link", RemoveLinkAsync);
        group.MapPost("/submission/link-preview", PreviewLinkAsync).RequireRateLimiting(LinkPreviewServices.RateLimitPolicy);
        group.MapPost("/submission/submit", SubmitAsync);
        group.MapPost("/submission/withdraw", WithdrawAsync);
        group.MapDelete("/submission/files/{fileId:guid}", RemoveFileAsync);
        return routes;
    }

    private static readonly Refusal NotInCourse = Refusal.NotFound("That assignment or submission is not in the course you opened LtiPathways from.");

    private static async Task<IResult> ShowAsync(
        ToolSession session, Guid assignmentId, string? done, AssignmentLookup assignments, SubmissionQueries queries, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } found)
        {
            return NotInCourse.AsText();
        }

        var token = await sessions.IssueAsync(session, cancellationToken);
        return found.IsStaff || found.IsMentor
            ? new RazorComponentResult<SubmissionListPage>(new { View = await queries.ListAsync(found, null, token, cancellationToken) })
            : new RazorComponentResult<SubmissionPage>(new { View = await queries.StudentAsync(found, token, cancellationToken) with { Done = done } });
    }

    private static async Task<IResult> ShowOneAsync(
        ToolSession session, Guid assignmentId, Guid submissionId, AssignmentLookup assignments, SubmissionQueries queries,
        SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        // A student's own attempts are on their page; this view opens work the list may show, and only that.
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } found || !(found.IsStaff || found.IsMentor))
        {
            return NotInCourse.AsText();
        }

        var view = await queries.ListAsync(found, submissionId, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return view.Opened is null ? NotInCourse.AsText() : new RazorComponentResult<SubmissionListPage>(new { View = view });
    }

    private static async Task<IResult> SaveEssayAsync(
        ToolSession session, Guid assignmentId, EssayInput input, AssignmentLookup assignments, SubmissionWork work, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(session, assignmentId, assignments, cancellationToken);
        var saved = found.Succeeded ? await work.SaveEssayAsync(found.Value, input.Markdown ?? "", cancellationToken) : found.Refusal;
        return saved.Succeeded
            ? TypedResults.Json(new { words = saved.Value.WordCount, html = saved.Value.EssayHtml, savedAt = clock.GetUtcNow(), attempt = saved.Value.Attempt })
            : saved.Refusal.AsText();
    }

    private static async Task<IResult> SaveLinkAsync(
        ToolSession session, Guid assignmentId, LinkInput input, AssignmentLookup assignments, SubmissionWork work, CancellationToken cancellationToken)
    {
        var found = await FindAsync(session, assignmentId, assignments, cancellationToken);
        var saved = found.Succeeded
            ? await work.SaveLinkAsync(found.Value, input.Url ?? "", input.Title ?? "", input.Description ?? "", cancellationToken)
            : found.Refusal;
        return saved.Succeeded ? TypedResults.Json(new { url = saved.Value.LinkUrl, title = saved.Value.LinkTitle }) : saved.Refusal.AsText();
    }

    private static async Task<IResult> RemoveLinkAsync(
        ToolSession session, Guid assignmentId, AssignmentLookup assignments, SubmissionWork work, CancellationToken cancellationToken)
    {
        var found = await FindAsync(session, assignmentId, assignments, cancellationToken);
        var removed = found.Succeeded ? await work.RemoveLinkAsync(found.Value, cancellationToken) : found.Refusal;
        return removed.Succeeded ? TypedResults.NoContent() : removed.Refusal.AsText();
    }

    private static async Task<IResult> PreviewLinkAsync(
        ToolSession session, Guid assignmentId, LinkInput input, AssignmentLookup assignments, LinkPreviewFetcher previews,
        CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } found)
        {
            return NotInCourse.AsText();
        }

        if (found.RefuseStudentWork(SubmissionType.Link) is { } cannot)
        {
            return cannot.AsText();
        }

        var (preview, refusal) = await previews.FetchAsync(input.Url ?? "", cancellationToken);
        return preview is null
            ? Refusal.Declined(refusal!).AsText()
            : TypedResults.Json(new { title = preview.Title, description = preview.Description, siteName = preview.SiteName });
    }

    private static async Task<IResult> SubmitAsync(
        ToolSession session, Guid assignmentId, AssignmentLookup assignments, SubmissionWork work, CancellationToken cancellationToken)
    {
        var found = await FindAsync(session, assignmentId, assignments, cancellationToken);
        var submitted = found.Succeeded ? await work.SubmitAsync(found.Value, cancellationToken) : found.Refusal;
        return submitted.Succeeded
            ? TypedResults.Json(new { attempt = submitted.Value.Attempt, submittedAt = submitted.Value.SubmittedAt, late = submitted.Value.IsLate })
            : submitted.Refusal.AsText();
    }

    private static async Task<IResult> WithdrawAsync(
        ToolSession session, Guid assignmentId, AssignmentLookup assignments, SubmissionWork work, CancellationToken cancellationToken)
    {
        var found = await FindAsync(session, assignmentId, assignments, cancellationToken);
        var withdrawn = found.Succeeded ? await work.WithdrawAsync(found.Value, cancellationToken) : found.Refusal;
        return withdrawn.Succeeded ? TypedResults.NoContent() : withdrawn.Refusal.AsText();
    }

    private static async Task<IResult> RemoveFileAsync(
        ToolSession session, Guid assignmentId, Guid fileId, AssignmentLookup assignments, DraftFileRemoval removal, CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is not { } found)
        {
            return NotInCourse.AsText();
        }

        return await removal.RemoveAsync(found, fileId, cancellationToken) is { } refusal ? refusal.AsText() : TypedResults.NoContent();
    }

    /// <summary>The assignment for a change to the student's own work: not found outside the course, forbidden for anyone but a student.</summary>
    internal static async Task<Outcome<AssignmentAccess>> FindAsync(
        ToolSession session, Guid assignmentId, AssignmentLookup assignments, CancellationToken cancellationToken) =>
        await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) switch
        {
            null => NotInCourse,
            { WhyNotSubmitting: { } notSubmitting } => notSubmitting,
            var found => found,
        };
}
