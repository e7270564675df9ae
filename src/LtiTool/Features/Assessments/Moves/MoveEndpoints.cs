using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assessments.Moves;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments.Moves;

/// <summary>The assignment's "Move ungraded work to version N": a preview first, then the teacher's confirmation.</summary>
public static class MoveEndpoints
{
    public static async Task<IResult> PreviewAsync(
        ToolSession session, AssessedAssignments assessed, VersionMove move, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        var plan = await move.PreviewAsync(scope, session.Viewer, cancellationToken);
        return plan.Succeeded
            ? Page(Preview(scope, plan.Value, await sessions.IssueAsync(session, cancellationToken)))
            : plan.Refusal.AsText();
    }

    public static async Task<IResult> ConfirmAsync(
        IFormCollection form, ToolSession session, AssessedAssignments assessed, VersionMove move, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope || !session.Viewer.IsStaff)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        if (!int.TryParse(form["target"], out var target))
        {
            return TypedResults.Text("Say which version to move the work to.", statusCode: StatusCodes.Status400BadRequest);
        }
        var moved = await move.ConfirmAsync(scope, session.Viewer, target, cancellationToken);
        var plan = await move.PreviewAsync(scope, session.Viewer, cancellationToken);
        var preview = Preview(scope, plan.Value!, await sessions.IssueAsync(session, cancellationToken));
        return moved.Succeeded
            ? Page(preview with { Notice = $"Moved {moved.Value.Moved} ungraded assessment(s) to version {moved.Value.TargetVersion}; new work starts on version {moved.Value.TargetVersion}." })
            : Page(preview with { Problem = moved.Refusal.Sentence }, moved.Refusal.StatusCode());
    }

    private static MovePreview Preview(AssessmentScope scope, MovePlan plan, string token) =>
        new(scope.Launch.Assignment.Title, scope.Rubric.Title, plan.CurrentVersion, plan.TargetVersion, plan.Rows, token);

    private static IResult Page(MovePreview preview, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<MovePage>(new { View = preview }) { StatusCode = status };
}
