using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Outcomes;
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
        if (!session.Viewer.IsStaff)
        {
            return MarkingSettings.NotATeacher.AsText();
        }
        return await PageAsync(scope, session, settings, sessions, null, null, cancellationToken);
    }

    public static async Task<IResult> SaveAsync(
        ToolSession session, IFormCollection form, AssessedAssignments assessed, MarkingSettings settings,
        SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        if (!session.Viewer.IsStaff)
        {
            return MarkingSettings.NotATeacher.AsText();
        }
        var (choices, problem) = SettingsForm.Read(form, scope.Settings.PeerReviewCount);
        var refusal = problem is not null ? Refusal.Invalid(problem)
            : (await settings.SaveAsync(scope, session.Viewer, choices!, cancellationToken)).Refusal;
        return refusal is { Code: RefusalCode.Forbidden }
            ? refusal.AsText()
            : await PageAsync(scope, session, settings, sessions, refusal is null ? "Settings saved." : null, refusal, cancellationToken);
    }

    private static async Task<IResult> PageAsync(
        AssessmentScope scope, ToolSession session, MarkingSettings settings, SessionTokenIssuer sessions, string? notice, Refusal? refusal,
        CancellationToken cancellationToken)
    {
        var view = new SettingsView(
            scope.Launch.Course.Title, scope.Launch.Assignment.Title, scope.Rubric.Title, scope.Settings,
            await settings.TeachersAsync(scope, cancellationToken), await sessions.IssueAsync(session, cancellationToken), notice, refusal?.Sentence);
        return new RazorComponentResult<SettingsPage>(new { View = view }) { StatusCode = refusal?.StatusCode() ?? StatusCodes.Status200OK };
    }
}
