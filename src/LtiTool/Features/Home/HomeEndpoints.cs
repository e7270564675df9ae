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

    private static async Task<IResult> ShowAsync(HttpContext context, HomeQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var session = ToolSession.From(context.User);
        var view = session is null ? null : await queries.LoadAsync(session, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return view is null
            ? TypedResults.Text("Your LtiPathways session no longer matches a person in this course; open it again from your course.",
                statusCode: StatusCodes.Status403Forbidden)
            : Render(view);
    }

    /// <summary>Called by session.js after activity, so a teacher marking for an hour is not signed out mid-way.</summary>
    private static async Task<IResult> RenewAsync(HttpContext context, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (ToolSession.From(context.User) is not { } session)
        {
            return TypedResults.Text("Your LtiPathways session is not valid; open it again from your course.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return TypedResults.Json(new { token = await sessions.IssueAsync(session, cancellationToken) });
    }
}
