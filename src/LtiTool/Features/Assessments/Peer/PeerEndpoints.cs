using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments.Peer;

/// <summary>A student's peer review page at /app/assessments/peer; marks autosave through the same draft endpoint as self-assessment.</summary>
public static class PeerEndpoints
{
    public const string Path = AssessmentEndpoints.Path + "/peer";

    public static async Task<IResult> PageAsync(
        ToolSession session, Guid? student, AssessedAssignments assessed, PeerQueries queries, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        if (session.Role != CourseRole.Student || !scope.Settings.PeerAssessment)
        {
            return TypedResults.Text("Peer review is for the course's students, when the teacher turns it on.", statusCode: StatusCodes.Status403Forbidden);
        }
        var view = await queries.ViewAsync(scope, session.Viewer, student, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return view is null
            ? TypedResults.Text("That classmate's work is not allocated to you for peer review.", statusCode: StatusCodes.Status403Forbidden)
            : new RazorComponentResult<PeerPage>(new { View = view });
    }
}
