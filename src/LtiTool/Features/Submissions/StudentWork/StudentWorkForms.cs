using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LtiPathways.LtiTool.Features.Submissions.StudentWork;

/// <summary>
/// The student's page as forms: save the draft, hand it in, withdraw. Each posts what the page holds and answers with a
/// GET of the page and its confirmation (so a reload reads, not posts again), or the page with the problem. enhanced-forms.js
/// sends them without leaving the page where JavaScript runs.
/// </summary>
public static class StudentWorkForms
{
    public const string Saved = "saved", Submitted = "submitted", Withdrawn = "withdrawn";

    public static IEndpointRouteBuilder MapStudentWorkForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(ToolLinks.Assignment + "/submission").RequireAuthorization();
        group.MapPost("/draft", SaveDraftAsync);
        group.MapPost("/hand-in", HandInAsync);
        group.MapPost("/withdrawal", WithdrawAsync);
        return routes;
    }

    private static async Task<IResult> SaveDraftAsync(
        ToolSession session, Guid assignmentId, [FromForm] string? essay, [FromForm(Name = "link_url")] string? linkUrl,
        [FromForm(Name = "link_title")] string? linkTitle, [FromForm(Name = "link_description")] string? linkDescription,
        AssignmentLookup assignments, SubmissionWork work, SubmissionQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var found = await SubmissionEndpoints.FindAsync(session, assignmentId, assignments, cancellationToken);
        var saved = found.Succeeded ? await SaveAsync(found.Value!, essay, linkUrl, linkTitle, linkDescription, work, cancellationToken) : found.Refusal;
        return await AnswerAsync(session, assignmentId, found, saved, Saved, queries, sessions, cancellationToken);
    }

    private static async Task<IResult> HandInAsync(
        ToolSession session, Guid assignmentId, [FromForm] string? essay, [FromForm(Name = "link_url")] string? linkUrl,
        [FromForm(Name = "link_title")] string? linkTitle, [FromForm(Name = "link_description")] string? linkDescription,
        AssignmentLookup assignments, SubmissionWork work, SubmissionQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var found = await SubmissionEndpoints.FindAsync(session, assignmentId, assignments, cancellationToken);
        var refusal = found.Succeeded ? await SaveAsync(found.Value!, essay, linkUrl, linkTitle, linkDescription, work, cancellationToken) : found.Refusal;
        if (refusal is null && await work.SubmitAsync(found.Value!, cancellationToken) is { Succeeded: false } refused)
        {
            refusal = refused.Refusal;
        }

        return await AnswerAsync(session, assignmentId, found, refusal, Submitted, queries, sessions, cancellationToken);
    }

    private static async Task<IResult> WithdrawAsync(
        ToolSession session, Guid assignmentId, AssignmentLookup assignments, SubmissionWork work, SubmissionQueries queries, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        var found = await SubmissionEndpoints.FindAsync(session, assignmentId, assignments, cancellationToken);
        var withdrawn = found.Succeeded ? (await work.WithdrawAsync(found.Value!, cancellationToken)).Refusal : found.Refusal;
        return await AnswerAsync(session, assignmentId, found, withdrawn, Withdrawn, queries, sessions, cancellationToken);
    }

    /// <summary>The essay and the link as the form holds them; only the parts the page showed are posted.</summary>
    private static async Task<Refusal?> SaveAsync(
        AssignmentAccess access, string? essay, string? linkUrl, string? linkTitle, string? linkDescription, SubmissionWork work,
        CancellationToken cancellationToken)
    {
        if (essay is not null && await work.SaveEssayAsync(access, essay, cancellationToken) is { Succeeded: false } essayRefused)
        {
            return essayRefused.Refusal;
        }

        return !string.IsNullOrWhiteSpace(linkUrl)
            && await work.SaveLinkAsync(access, linkUrl, linkTitle ?? "", linkDescription ?? "", cancellationToken) is { Succeeded: false } linkRefused
            ? linkRefused.Refusal
            : null;
    }

    private static async Task<IResult> AnswerAsync(
        ToolSession session, Guid assignmentId, Outcome<AssignmentAccess> found, Refusal? refusal, string done, SubmissionQueries queries,
        SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var token = await sessions.IssueAsync(session, cancellationToken);
        if (refusal is null)
        {
            return TypedResults.Redirect(
                $"{ToolLinks.Submissions(assignmentId)}?done={done}&{SessionTokenConstants.QueryParameter}={Uri.EscapeDataString(token)}#notice-region");
        }

        if (!found.Succeeded)
        {
            return refusal.AsText();
        }

        var view = await queries.StudentAsync(found.Value!, token, cancellationToken) with { Problem = refusal.Sentence };
        return new RazorComponentResult<SubmissionPage>(new { View = view }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }
}
