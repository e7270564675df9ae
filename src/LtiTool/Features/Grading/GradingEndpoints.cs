using LtiPathways.LtiTool.Features.Assessments;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>The assignment page: teachers mark and release, students read their released grade.</summary>
public static class GradingEndpoints
{
    public const string Path = "/app/grading";

    public static IEndpointRouteBuilder MapGrading(this IEndpointRouteBuilder routes)
    {
        var grading = routes.MapGroup(Path).RequireAuthorization();
        grading.MapGet("/", ShowAsync);
        grading.MapPost("/", ActAsync);
        return routes;
    }

    /// <summary>After a launch: a GET of the page, so reloading it reads the page again instead of re-posting the spent launch.</summary>
    public static IResult RedirectAfterLaunch(string sessionToken) =>
        TypedResults.Redirect($"{Path}?{SessionTokenConstants.QueryParameter}={Uri.EscapeDataString(sessionToken)}");

    private static async Task<IResult> ShowAsync(
        HttpContext context, GradingQueries queries, RubricLibrary rubrics, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (ToolSession.From(context.User) is not { } session || await queries.ScopeAsync(session, cancellationToken) is not { } scope)
        {
            return NoAssignment();
        }

        var token = await sessions.IssueAsync(session, cancellationToken);
        // A mentor follows their mentees' submitted work; marks and grades are the teachers' and the student's.
        if (session.Role == CourseRole.Mentor)
        {
            return SubmissionEndpoints.RedirectFor(scope.Assignment.Id, token);
        }

        if (await rubrics.ScopeAsync(scope, cancellationToken) is not null)
        {
            return AssessmentEndpoints.RedirectFor(token);
        }

        return session.Role >= CourseRole.Teacher
            ? Teacher(await queries.TeacherViewAsync(scope, token, cancellationToken))
            : new RazorComponentResult<StudentGradePage>(new { View = await queries.StudentViewAsync(scope, session, token, cancellationToken) });
    }

    private static async Task<IResult> ActAsync(
        HttpContext context, IFormCollection form, GradingQueries queries, GradeRelease release, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (ToolSession.From(context.User) is not { } session || await queries.ScopeAsync(session, cancellationToken) is not { } scope)
        {
            return NoAssignment();
        }

        if (session.Role < CourseRole.Teacher)
        {
            return TypedResults.Text("Only teachers of this course can release grades.", statusCode: StatusCodes.Status403Forbidden);
        }

        string? notice = null;
        string? problem;
        if (Guid.TryParse(form["retry"], out var retryId))
        {
            problem = await release.RetryAsync(scope, retryId, cancellationToken);
            notice = problem is null ? "The grade is queued to be sent again." : null;
        }
        else if (form["release"] == "all")
        {
            var drafts = form.Keys.Where(k => k.StartsWith("points-", StringComparison.Ordinal))
                .Select(k => (Key: k, Id: Guid.TryParse(k["points-".Length..], out var id) ? id : Guid.Empty))
                .Where(k => k.Id != Guid.Empty && !string.IsNullOrWhiteSpace(form[k.Key]))
                .Select(k => new GradeDraft(k.Id, form[k.Key].ToString(), form["comment-" + k.Id].ToString())).ToList();
            (notice, problem) = await release.ReleaseAsync(scope, session, drafts, cancellationToken);
        }
        else if (Guid.TryParse(form["release"], out var studentId))
        {
            var draft = new GradeDraft(studentId, form["points-" + studentId].ToString(), form["comment-" + studentId].ToString());
            (notice, problem) = await release.ReleaseAsync(scope, session, [draft], cancellationToken);
        }
        else
        {
            problem = "Choose Release, Release all or Retry.";
        }

        var view = await queries.TeacherViewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return Teacher(view with { Notice = notice, Problem = problem }, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static RazorComponentResult<AssignmentPage> Teacher(AssignmentView view, int status = StatusCodes.Status200OK) =>
        new(new { View = view }) { StatusCode = status };

    private static IResult NoAssignment() => TypedResults.Text(
        "This link does not open an assignment of your course; open it again from your course.", statusCode: StatusCodes.Status404NotFound);
}
