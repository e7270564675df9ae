using LtiPathways.LtiTool.Lti;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox's OAuth 2 token endpoint for LTI Advantage services: client credentials with a JWT bearer assertion.</summary>
public static class SandboxTokenEndpoint
{
    private static readonly HashSet<string> Offered = new(PlatformScopes.All.Split(' '), StringComparer.Ordinal);

    public static RouteGroupBuilder MapSandboxToken(this RouteGroupBuilder sandbox)
    {
        sandbox.MapPost("/token", IssueAsync);
        return sandbox;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext context, SandboxClientAssertion assertions, SandboxAccessTokens tokens, ToolUrls urls, IOptions<LtiOptions> options)
    {
        var request = context.Request;
        if (!request.HasFormContentType)
        {
            return Error("invalid_request", "The token request must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(context.RequestAborted);
        var addresses = SandboxAddresses.From(request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl));
        if (form["grant_type"] != "client_credentials")
        {
            return Error("unsupported_grant_type", "grant_type must be client_credentials.");
        }

        if (form["client_assertion_type"] != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        {
            return Error("invalid_request", "client_assertion_type must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer.");
        }

        var problem = await assertions.ProblemAsync(
            form["client_assertion"].ToString(), addresses.TokenEndpoint, addresses.ToolBaseUrl + "/.well-known/jwks.json", context.RequestAborted);
        if (problem is not null)
        {
            return Error("invalid_client", "The client assertion was refused: " + problem + ".", StatusCodes.Status401Unauthorized);
        }

        var granted = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(Offered.Contains).ToHashSet(StringComparer.Ordinal);
        if (granted.Count == 0)
        {
            return Error("invalid_scope", "None of the requested scopes is offered by the sandbox platform.");
        }

        return TypedResults.Json(new
        {
            access_token = tokens.Issue(granted),
            token_type = "Bearer",
            expires_in = (int)tokens.Lifetime.TotalSeconds,
            scope = string.Join(' ', granted),
        });
    }

    /// <summary>RFC 6749 section 5.2 error response.</summary>
    private static IResult Error(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Json(new { error, error_description = description }, statusCode: status);
}
