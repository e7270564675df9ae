using LtiPathways.LtiTool.Features.Assessments.Marking;
using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assessments.Release;
using LtiPathways.PathwayGraphQL.Data.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments.Release;

/// <summary>Sends rubric marks to the LMS: one student's, all complete ones, or a failed score again.</summary>
public static class ReleaseEndpoints
{
    public static async Task<IResult> ReleaseOneAsync(
        Guid student, string? q, string? show, ToolSession session, AssessedAssignments assessed, AssessmentRelease release,
        AssessmentQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        var released = await release.ReleaseAsync(scope, session.Viewer, [student], cancellationToken);
        return await MarkingEndpoints.AfterAsync(scope, session, student, AssessmentKind.Teacher,
            released.Succeeded ? Notice(released.Value) : null, released.Refusal, queries, sessions, cancellationToken, StudentFilter.From(q, show));
    }

    public static async Task<IResult> ReleaseAllAsync(
        ToolSession session, AssessedAssignments assessed, AssessmentRelease release, AssessmentQueries queries, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        var released = await release.ReleaseAsync(scope, session.Viewer, null, cancellationToken);
        return await MarkingEndpoints.AfterAsync(scope, session, null, AssessmentKind.Teacher,
            released.Succeeded ? Notice(released.Value) : null, released.Refusal, queries, sessions, cancellationToken);
    }

    public static async Task<IResult> RetryAsync(
        Guid student, string? q, string? show, ToolSession session, AssessedAssignments assessed, AssessmentRelease release,
        AssessmentQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        var requeued = await release.RetryAsync(scope, session.Viewer, student, cancellationToken);
        return await MarkingEndpoints.AfterAsync(scope, session, student, AssessmentKind.Teacher,
            requeued.Succeeded ? ReleaseNotice.Requeued : null, requeued.Refusal, queries, sessions, cancellationToken, StudentFilter.From(q, show));
    }

    private static string Notice(MarksReleased released) => released.LeftAsDrafts > 0
        ? $"{ReleaseNotice.For(released.Grades)} {released.LeftAsDrafts} with criteria still to mark were left as drafts."
        : ReleaseNotice.For(released.Grades);
}
