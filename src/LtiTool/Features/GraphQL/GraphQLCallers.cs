using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using Microsoft.AspNetCore.Authentication;

namespace LtiPathways.LtiTool.Features.GraphQL;

/// <summary>Who asks the API, from its bearer: an API token (ltp_…) or a session token from a launch.</summary>
public static class GraphQLCallers
{
    public static async Task<GraphQLCaller?> AuthenticateAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(ApiTokenAuthentication.ApiScheme);
        if (!result.Succeeded)
        {
            return null;
        }

        if (ApiTokenAuthentication.GrantOf(result.Principal) is { } grant)
        {
            return GraphQLCaller.Of(grant);
        }

        var environment = context.RequestServices.GetRequiredService<IHostEnvironment>();
        return ToolSession.From(result.Principal) is { } session
            ? GraphQLCaller.Of(session.Viewer, introspectionForAll: environment.IsDevelopment())
            : null;
    }

    public static GraphQLHttpRefusal Unauthorized(HttpContext context) => new(StatusCodes.Status401Unauthorized,
        context.Request.Headers.Authorization.Count > 0
            ? "The bearer token is not valid: an API token that was revoked or is unknown, or a session that ended. Open LtiPathways again from your course, or ask an administrator for an API token."
            : "Send a bearer token: Authorization: Bearer <API token or session token>.",
        "UNAUTHENTICATED");
}
