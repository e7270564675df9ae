using LtiPathways.LtiTool.Features.Roster;
using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Rosters;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Home;

/// <summary>The teacher's "Sync roster" button on the home page: reads the LMS roster now and shows the class list again.</summary>
public static class RosterSyncEndpoints
{
    public static IEndpointRouteBuilder MapRosterSync(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/app/roster/sync", SyncAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> SyncAsync(
        ToolSession session, RosterSync roster, HomeQueries queries, SessionTokenIssuer sessions,
        ILogger<RosterSync> logger, IStringLocalizer<HomeText> text, CancellationToken cancellationToken)
    {
        if (CourseRoster.RefuseSync(session.Viewer) is { } refusal)
        {
            return refusal.AsText();
        }

        var courseId = session.CourseId!.Value;
        string notice;
        try
        {
            var result = await roster.SyncAsync(courseId, cancellationToken);
            notice = result.Inactive > 0
                ? text["Home.SyncedWithGone", result.Active, result.Inactive]
                : text["Home.Synced", result.Active];
        }
        catch (NrpsException exception)
        {
            logger.LogWarning(exception, "Roster sync of course {Course} requested by a teacher failed", courseId);
            notice = text["Home.SyncFailed", exception.Message];
        }

        var view = await queries.LoadAsync(session, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return view is null ? HomeEndpoints.SessionGone() : HomeEndpoints.Render(view with { RosterNotice = notice });
    }
}
