using LtiPathways.LtiTool.Features.Assessments.Marking;
using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assessments.Release;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.AspNetCore.Mvc;

namespace LtiPathways.LtiTool.Features.Assessments.Moderation;

/// <summary>Double marking's last step on the moderator's page: the final mark for one student, and why.</summary>
public static class ModerationEndpoints
{
    public static async Task<IResult> ResolveAsync(
        Guid student, [FromForm(Name = "moderate")] string? choice, [FromForm(Name = "reason")] string? reason, ToolSession session,
        AssessedAssignments assessed, ModerationService moderation, AssessmentQueries queries, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        var final = await moderation.ResolveAsync(scope, session.Viewer, student, choice ?? "", reason ?? "", cancellationToken);
        var notice = final.Succeeded
            ? $"Final mark {PointsText.Format(final.Value.LmsPoints)} of {PointsText.Format(final.Value.ScoreMaximum)}; release it to send it to the LMS."
            : null;
        return await MarkingEndpoints.AfterAsync(
            scope, session, student, AssessmentKind.Moderated, notice, final.Refusal, queries, sessions, cancellationToken);
    }
}
