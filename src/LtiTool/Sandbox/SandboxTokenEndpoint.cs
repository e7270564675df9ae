using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The sandbox's OAuth 2 token endpoint (LTI Security 4.1): client_credentials with a private_key_jwt assertion,
/// checked against the tool's published keys.
/// </summary>
public static class SandboxTokenEndpoint
{
    private static readonly JsonWebTokenHandler Tokens = new();

    private static readonly HashSet<string> Offered = new(PlatformScopes.All.Split(' '), StringComparer.Ordinal);

    public static void Map(RouteGroupBuilder sandbox) => sandbox.MapPost("/token", IssueAsync);

    private static async Task<IResult> IssueAsync(
        HttpContext context, SandboxAccessTokens tokens, ToolKeyStore toolKeys, ToolUrls urls, IOptions<LtiOptions> options,
        TimeProvider clock)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        string Get(string name) => form?[name].ToString() ?? "";
        if (Get("grant_type") != "client_credentials"
            || Get("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        {
            return Error("unsupported_grant_type", "grant_type must be client_credentials with a jwt-bearer client assertion");
        }

        var tokenUrl = SandboxAddresses.From(context.Request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl)).TokenEndpoint;
        var result = await Tokens.ValidateTokenAsync(Get("client_assertion"), new TokenValidationParameters
        {
            ValidIssuer = SandboxPlatform.ClientId,
            ValidAudience = tokenUrl,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            IssuerSigningKeys = await toolKeys.GetPublishedKeysAsync(context.RequestAborted),
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken assertion)
        {
            return Error("invalid_client", $"the client assertion is not valid: {result.Exception?.Message}");
        }

        var now = clock.GetUtcNow();
        if (assertion.Subject != SandboxPlatform.ClientId || assertion.ValidTo <= now.UtcDateTime
            || assertion.ValidTo > now.UtcDateTime.AddMinutes(10) || string.IsNullOrEmpty(assertion.Id))
        {
            return Error("invalid_client", "the assertion needs sub = client_id, a jti and an exp within 10 minutes");
        }

        var scopes = Get("scope").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(Offered.Contains).ToList();
        if (scopes.Count == 0)
        {
            return Error("invalid_scope", "none of the requested scopes is offered");
        }

        return TypedResults.Json(new
        {
            access_token = tokens.Issue(scopes),
            token_type = "Bearer",
            expires_in = (int)SandboxAccessTokens.Lifetime.TotalSeconds,
            scope = string.Join(' ', scopes),
        });
    }

    private static IResult Error(string error, string description) =>
        TypedResults.Json(new { error, error_description = description }, statusCode: StatusCodes.Status400BadRequest);
}
