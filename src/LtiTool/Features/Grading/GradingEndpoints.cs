using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Grading;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>The assignment page: teachers mark and release, students read their released grade.</summary>
public static class GradingEndpoints
{
    public const string Path = ToolLinks.Grading;

    public static IEndpointRouteBuilder MapGrading(this IEndpointRouteBuilder routes)
    {
        var grading = routes.MapGroup(Path).RequireAuthorization();
        grading.MapGet("/", ShowAsync);
        grading.MapPost("/release/{student:guid}", ReleaseOneAsync);
        grading.MapPost("/release-all", ReleaseAllAsync);
        grading.MapPost("/retry/{student:guid}", RetryAsync);
        return routes;
    }

    /// <summary>After a launch: a GET of the page, so reloading it reads the page again instead of re-posting the spent launch.</summary>
    public static IResult RedirectAfterLaunch(string sessionToken) => ToolLinks.RedirectWithSession(Path, sessionToken);

    private static async Task<IResult> ShowAsync(
        string? q, string? show, ToolSession session, LaunchedAssignments assignments, GradingQueries queries, AssessedAssignments assessed, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, cancellationToken) is not { } launched)
        {
            return LaunchedAssignments.NoAssignment.AsText();
        }

        var token = await sessions.IssueAsync(session, cancellationToken);
        // A mentor follows their mentees' submitted work; marks and grades are the teachers' and the student's.
        if (session.Role == CourseRole.Mentor)
        {
            return ToolLinks.RedirectWithSession(ToolLinks.Submissions(launched.Assignment.Id), token);
        }

        if (await assessed.FindAsync(launched, cancellationToken) is not null)
        {
            return ToolLinks.RedirectWithSession(ToolLinks.Assessments, token);
        }

        return session.Role >= CourseRole.Teacher
            ? Teacher(await queries.TeacherViewAsync(launched, token, cancellationToken) with { Filter = StudentFilter.From(q, show) })
            : new RazorComponentResult<StudentGradePage>(new { View = await queries.StudentViewAsync(launched, session.Viewer, token, cancellationToken) });
    }

    private static Task<IResult> ReleaseOneAsync(
        Guid student, IFormCollection form, ToolSession session, LaunchedAssignments assignments, GradingQueries queries, GradeRelease release,
        SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        ActAsync(session, assignments, queries, sessions, async launched =>
        {
            var draft = new GradeDraft(student, form["points-" + student].ToString(), form["comment-" + student].ToString());
            return Notice(await release.ReleaseAsync(launched, session.Viewer, [draft], cancellationToken), ReleaseNotice.For);
        }, cancellationToken);

    private static Task<IResult> ReleaseAllAsync(
        IFormCollection form, ToolSession session, LaunchedAssignments assignments, GradingQueries queries, GradeRelease release,
        SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        ActAsync(session, assignments, queries, sessions, async launched =>
        {
            var drafts = form.Keys.Where(k => k.StartsWith("points-", StringComparison.Ordinal))
                .Select(k => (Key: k, Id: Guid.TryParse(k["points-".Length..], out var id) ? id : Guid.Empty))
                .Where(k => k.Id != Guid.Empty && !string.IsNullOrWhiteSpace(form[k.Key]))
                .Select(k => new GradeDraft(k.Id, form[k.Key].ToString(), form["comment-" + k.Id].ToString())).ToList();
            return Notice(await release.ReleaseAsync(launched, session.Viewer, drafts, cancellationToken), ReleaseNotice.For);
        }, cancellationToken);

    private static Task<IResult> RetryAsync(
        Guid student, ToolSession session, LaunchedAssignments assignments, GradingQueries queries, GradeRelease release,
        SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        ActAsync(session, assignments, queries, sessions, async launched =>
            Notice(await release.RetryAsync(launched, session.Viewer, student, cancellationToken), _ => ReleaseNotice.Requeued), cancellationToken);

    /// <summary>Runs one teacher action, then shows the page again with its notice, or its problem and the refusal's status.</summary>
    private static async Task<IResult> ActAsync(
        ToolSession session, LaunchedAssignments assignments, GradingQueries queries, SessionTokenIssuer sessions,
        Func<LaunchedAssignment, Task<(string? Notice, Refusal? Refusal)>> act, CancellationToken cancellationToken)
    {
        if (await assignments.FindAsync(session.Viewer, cancellationToken) is not { } launched)
        {
            return LaunchedAssignments.NoAssignment.AsText();
        }

        var (notice, refusal) = await act(launched);
        if (refusal is { Code: RefusalCode.Forbidden })
        {
            return refusal.AsText();
        }

        var view = await queries.TeacherViewAsync(launched, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return Teacher(view with { Notice = notice, Problem = refusal?.Sentence }, refusal?.StatusCode() ?? StatusCodes.Status200OK);
    }

    private static (string? Notice, Refusal? Refusal) Notice<T>(Outcome<T> outcome, Func<T, string> words) =>
        outcome.Succeeded ? (words(outcome.Value), null) : (null, outcome.Refusal);

    private static RazorComponentResult<AssignmentPage> Teacher(AssignmentView view, int status = StatusCodes.Status200OK) =>
        new(new { View = view }) { StatusCode = status };
}
