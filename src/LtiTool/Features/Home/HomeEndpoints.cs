using LtiPathways.LtiTool.Session;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Home;

public static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder routes)
    {
        var app = routes.MapGroup("/app").RequireAuthorization();
        app.MapGet("/", ShowAsync);
        app.MapPost("/session/renew", RenewAsync);
        return routes;
    }

    public static RazorComponentResult<HomePage> Render(HomeView view) => new(new { View = view });

    /// <summary>The session's person is no longer a member of the course it names (removed since the launch).</summary>
    public static IResult SessionGone() =>
        TypedResults.Text("Your LtiPathways session no longer matches a person in this course; open it again from your course.",
            statusCode: StatusCodes.Status403Forbidden);

    private static async Task<IResult> ShowAsync(ToolSession session, HomeQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var view = await queries.LoadAsync(session, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return view is null ? SessionGone() : Render(view);
    }

    /// <summary>Called by session.js after activity, so a teacher marking for an hour is not signed out mid-way.</summary>
    private static async Task<IResult> RenewAsync(ToolSession session, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        TypedResults.Json(new { token = await sessions.IssueAsync(session, cancellationToken) });
}
