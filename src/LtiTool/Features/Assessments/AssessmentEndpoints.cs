using LtiPathways.LtiTool.Features.Assessments.Peer;
using LtiPathways.LtiTool.Features.Assessments.Settings;
using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>Rubric assessment of an assignment: the grading view, autosave, release, feedback and reports.</summary>
public static class AssessmentEndpoints
{
    public const string Path = "/app/assessments";

    public static IEndpointRouteBuilder MapAssessments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).RequireAuthorization();
        group.MapGet("/", ShowAsync);
        group.MapPost("/", ActAsync);
        group.MapPost("/draft", SaveDraftAsync);
        group.MapPost("/comments", SaveCommentAsync);
        group.MapGet("/feedback", AssessmentReportEndpoints.FeedbackAsync);
        group.MapGet("/report", AssessmentReportEndpoints.ReportAsync);
        group.MapGet("/export.csv", AssessmentReportEndpoints.ExportAsync);
        group.MapGet("/move", MoveEndpoints.PreviewAsync);
        group.MapGet("/history", HistoryEndpoints.PageAsync);
        group.MapGet("/history.csv", HistoryEndpoints.CsvAsync);
        group.MapPost("/move", MoveEndpoints.ConfirmAsync);
        group.MapGet("/settings", SettingsEndpoints.ShowAsync);
        group.MapPost("/settings", SettingsEndpoints.SaveAsync);
        group.MapGet("/peer", PeerEndpoints.PageAsync);
        return routes;
    }

    /// <summary>The session's assignment when it is marked with a rubric; GradingEndpoints sends rubric assignments here.</summary>
    public static async Task<(ToolSession? Session, AssessmentScope? Scope)> ResolveAsync(
        HttpContext context, GradingQueries grading, RubricLibrary library, CancellationToken cancellationToken)
    {
        if (ToolSession.From(context.User) is not { } session || await grading.ScopeAsync(session, cancellationToken) is not { } scope)
        {
            return (null, null);
        }
        return (session, await library.ScopeAsync(scope, cancellationToken));
    }

    public static IResult RedirectFor(string sessionToken) =>
        TypedResults.Redirect($"{Path}?{SessionTokenConstants.QueryParameter}={Uri.EscapeDataString(sessionToken)}");

    private static async Task<IResult> ShowAsync(
        HttpContext context, Guid? student, string? kind, GradingQueries grading, RubricLibrary library, AssessmentQueries queries,
        StudentAssessmentQueries studentQueries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (session, scope) = await ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return NoAssessment();
        }
        var token = await sessions.IssueAsync(session, cancellationToken);
        if (session.Role == CourseRole.Mentor)
        {
            return SubmissionEndpoints.RedirectFor(scope.AssignmentId, token);
        }
        if (session.Role < CourseRole.Teacher)
        {
            return new RazorComponentResult<StudentAssessmentPage>(new { View = await studentQueries.ViewAsync(scope, session, token, cancellationToken) });
        }
        var view = await queries.TeacherViewAsync(scope, session, student, KindFor(scope, kind), token, cancellationToken);
        return new RazorComponentResult<RubricGradingPage>(new { View = view });
    }

    private static async Task<IResult> ActAsync(
        HttpContext context, IFormCollection form, GradingQueries grading, RubricLibrary library, AssessmentQueries queries,
        AssessmentRelease release, GradeRelease grades, ModerationService moderation, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (session, scope) = await ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return NoAssessment();
        }
        if (session.Role < CourseRole.Teacher)
        {
            return TypedResults.Text("Only teachers of this course can release marks.", statusCode: StatusCodes.Status403Forbidden);
        }
        string? notice = null;
        string? problem;
        Guid? student = Guid.TryParse(form["student"], out var s) ? s : null;
        var kind = AssessmentKind.Teacher;
        if (Guid.TryParse(form["retry"], out var retryId))
        {
            problem = await grades.RetryAsync(scope.Grading, retryId, cancellationToken);
            notice = problem is null ? "The grade is queued to be sent again." : null;
            student = retryId;
        }
        else if (form["release"] == "all")
        {
            (notice, problem) = await release.ReleaseAsync(scope, session, null, cancellationToken);
        }
        else if (Guid.TryParse(form["release"], out var releaseId))
        {
            (notice, problem) = await release.ReleaseAsync(scope, session, [releaseId], cancellationToken);
            student = releaseId;
        }
        else if (form["moderate"].Count > 0 && student is { } moderated)
        {
            (notice, problem) = await moderation.ResolveAsync(scope, session, moderated, form["moderate"].ToString(), form["reason"].ToString(), cancellationToken);
            kind = AssessmentKind.Moderated;
        }
        else
        {
            problem = "Choose Release, Release all, Retry or a moderation decision.";
        }
        var token = await sessions.IssueAsync(session, cancellationToken);
        var view = await queries.TeacherViewAsync(scope, session, student, kind, token, cancellationToken);
        return new RazorComponentResult<RubricGradingPage>(new { View = view with { Notice = notice, Problem = problem } })
        {
            StatusCode = problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };
    }

    private static async Task<IResult> SaveDraftAsync(
        HttpContext context, DraftRequest request, GradingQueries grading, RubricLibrary library, AssessmentDrafts drafts, CancellationToken cancellationToken)
    {
        var (session, scope) = await ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return TypedResults.Json(new { problem = "This link does not open a rubric assessment of your course." }, statusCode: StatusCodes.Status404NotFound);
        }
        var outcome = await drafts.SaveAsync(scope, session, request, cancellationToken);
        return TypedResults.Json(outcome.Body, statusCode: outcome.Status);
    }

    private static async Task<IResult> SaveCommentAsync(
        HttpContext context, CommentRequest request, CommentBank bank, CancellationToken cancellationToken)
    {
        if (ToolSession.From(context.User) is not { Role: >= CourseRole.Teacher } session)
        {
            return TypedResults.Json(new { problem = "Only teachers keep a comment bank." }, statusCode: StatusCodes.Status403Forbidden);
        }
        var (entry, problem) = await bank.AddAsync(session, request.Text, cancellationToken);
        return entry is null
            ? TypedResults.Json(new { problem }, statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Json(new { id = entry.Id, text = entry.Text });
    }

    private static AssessmentKind KindFor(AssessmentScope scope, string? kind) =>
        Enum.TryParse<AssessmentKind>(kind, out var parsed) && scope.Settings.DoubleMarking && parsed is AssessmentKind.SecondMarker or AssessmentKind.Moderated
            ? parsed
            : AssessmentKind.Teacher;

    public static IResult NoAssessment() => TypedResults.Text(
        "This link does not open a rubric assessment of your course; open it again from your course.", statusCode: StatusCodes.Status404NotFound);
}
