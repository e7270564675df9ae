using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments.Peer;

/// <summary>A student's peer review page at /app/assessments/peer; marks autosave through the same draft endpoint as self-assessment.</summary>
public static class PeerEndpoints
{
    public const string Path = AssessmentEndpoints.Path + "/peer";

    public static async Task<IResult> PageAsync(
        HttpContext context, Guid? student, GradingQueries grading, RubricLibrary library, PeerQueries queries, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return AssessmentEndpoints.NoAssessment();
        }
        if (session.Role != CourseRole.Student || !scope.Settings.PeerAssessment)
        {
            return TypedResults.Text("Peer review is for the course's students, when the teacher turns it on.", statusCode: StatusCodes.Status403Forbidden);
        }
        var view = await queries.ViewAsync(scope, session, student, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return view is null
            ? TypedResults.Text("That classmate's work is not allocated to you for peer review.", statusCode: StatusCodes.Status403Forbidden)
            : new RazorComponentResult<PeerPage>(new { View = view });
    }
}
