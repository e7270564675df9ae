using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments.Settings;

/// <summary>The teacher's settings for a rubric assignment, at /app/assessments/settings.</summary>
public static class SettingsEndpoints
{
    public const string Path = AssessmentEndpoints.Path + "/settings";

    public static async Task<IResult> ShowAsync(
        ToolSession session, AssessedAssignments assessed, MarkingSettings settings, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        if (session.Role < CourseRole.Teacher)
        {
            return NotATeacher();
        }
        var view = await settings.ViewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return new RazorComponentResult<SettingsPage>(new { View = view });
    }

    public static async Task<IResult> SaveAsync(
        ToolSession session, IFormCollection form, AssessedAssignments assessed, MarkingSettings settings,
        SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
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
