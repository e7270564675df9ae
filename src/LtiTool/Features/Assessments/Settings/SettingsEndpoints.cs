using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments.Settings;

/// <summary>The teacher's settings for a rubric assignment, at /app/assessments/settings.</summary>
public static class SettingsEndpoints
{
    public const string Path = AssessmentEndpoints.Path + "/settings";

    public static async Task<IResult> ShowAsync(
        HttpContext context, GradingQueries grading, RubricLibrary library, MarkingSettings settings, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return AssessmentEndpoints.NoAssessment();
        }
        if (session.Role < CourseRole.Teacher)
        {
            return NotATeacher();
        }
        var view = await settings.ViewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return new RazorComponentResult<SettingsPage>(new { View = view });
    }

    public static async Task<IResult> SaveAsync(
        HttpContext context, IFormCollection form, GradingQueries grading, RubricLibrary library, MarkingSettings settings,
        SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return AssessmentEndpoints.NoAssessment();
        }
        if (session.Role < CourseRole.Teacher)
        {
            return NotATeacher();
        }
        var teachers = await settings.TeachersAsync(scope, cancellationToken);
        var (parsed, problem) = SettingsForm.Read(form, teachers, scope.Settings.PeerReviewCount);
        if (parsed is not null)
        {
            await settings.SaveAsync(scope, parsed, cancellationToken);
        }
        var view = await settings.ViewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return new RazorComponentResult<SettingsPage>(new { View = view with { Notice = problem is null ? "Settings saved." : null, Problem = problem } })
        {
            StatusCode = problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };
    }

    private static IResult NotATeacher() => TypedResults.Text(
        "Only teachers of this course can change how this assignment is marked.", statusCode: StatusCodes.Status403Forbidden);
}
