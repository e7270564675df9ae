using LtiPathways.LtiTool.Features.Home;
using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Features.Roster;

public static class RosterEndpoints
{
    public static IEndpointRouteBuilder MapRoster(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/app/roster/sync", SyncAsync).RequireAuthorization();
        return routes;
    }

    /// <summary>The teacher's "Sync roster" button: reads the LMS roster now and shows the class list again.</summary>
    private static async Task<IResult> SyncAsync(
        HttpContext context, RosterSync roster, HomeQueries queries, SessionTokenIssuer sessions,
        ILogger<RosterSync> logger, CancellationToken cancellationToken)
    {
        if (ToolSession.From(context.User) is not { CourseId: { } courseId } session || session.Role < CourseRole.Teacher)
        {
            return TypedResults.Text("Only the course's teachers can sync its roster.", statusCode: StatusCodes.Status403Forbidden);
        }

        string notice;
        try
        {
            var result = await roster.SyncAsync(courseId, cancellationToken);
            notice = $"Roster synced: {result.Active} active member(s)"
                + (result.Inactive > 0 ? $", {result.Inactive} no longer in the course." : ".");
        }
        catch (NrpsException exception)
        {
            logger.LogWarning(exception, "Roster sync of course {Course} requested by a teacher failed", courseId);
            notice = $"The roster could not be read from your LMS: {exception.Message} The list below is from the last successful sync.";
        }

        var view = await queries.LoadAsync(session, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return view is null
            ? TypedResults.Text("Your LtiPathways session no longer matches a person in this course; open it again from your course.",
                statusCode: StatusCodes.Status403Forbidden)
            : HomeEndpoints.Render(view with { RosterNotice = notice });
    }
}
