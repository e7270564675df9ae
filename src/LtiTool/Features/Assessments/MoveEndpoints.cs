using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>The assignment's "Move ungraded work to version N": a preview first, then the teacher's confirmation.</summary>
public static class MoveEndpoints
{
    public static async Task<IResult> PreviewAsync(
        HttpContext context, GradingQueries grading, RubricLibrary library, VersionMove move, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is not { Role: >= CourseRole.Teacher } || scope is null)
        {
            return AssessmentEndpoints.NoAssessment();
        }
        return Page(await move.PreviewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken));
    }

    public static async Task<IResult> ConfirmAsync(
        HttpContext context, IFormCollection form, GradingQueries grading, RubricLibrary library, VersionMove move, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is not { Role: >= CourseRole.Teacher } || scope is null)
        {
            return AssessmentEndpoints.NoAssessment();
        }
        if (!int.TryParse(form["target"], out var target))
        {
            return TypedResults.Text("Say which version to move the work to.", statusCode: StatusCodes.Status400BadRequest);
        }
        var (notice, problem) = await move.ConfirmAsync(scope, session.UserId, target, cancellationToken);
        var preview = await move.PreviewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return Page(preview with { Notice = notice, Problem = problem }, problem is null ? StatusCodes.Status200OK : StatusCodes.Status409Conflict);
    }

    private static IResult Page(MovePreview preview, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<MovePage>(new { View = preview }) { StatusCode = status };
}
