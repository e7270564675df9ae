using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Data.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Session;

/// <summary>
/// The API's two bearers: an API token (<c>Authorization: Bearer ltp_…</c>, checked against its stored hash) or the tool's
/// own session token (JwtBearer). The <see cref="ApiScheme"/> policy sends each to its own handler.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string TokenScheme = "ApiToken";
    public const string ApiScheme = "Api";

    public static void AddTo(AuthenticationBuilder authentication)
    {
        authentication.AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(TokenScheme, null);
        authentication.AddPolicyScheme(ApiScheme, null, policy =>
            policy.ForwardDefaultSelector = context => PresentedToken(context.Request) is null ? SessionTokenConstants.Scheme : TokenScheme);
    }

    public static string? PresentedToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer " + ApiTokenSecret.Prefix, StringComparison.Ordinal)
            ? header["Bearer ".Length..].Trim()
            : null;

    public static ApiTokenGrant? GrantOf(ClaimsPrincipal? principal)
    {
        if (principal is null)
        {
            return null;
        }

        Guid? Id(string type) => Guid.TryParse(principal.FindFirstValue(type), CultureInfo.InvariantCulture, out var id) ? id : null;
        return Id("api_token") is { } token && Id("reg") is { } registration && Id("dep") is { } deployment
            && Enum.TryParse<ApiTokenScope>(principal.FindFirstValue("scope"), out var scope)
            ? new ApiTokenGrant(token, principal.FindFirstValue("name") ?? "", new Institution(registration, deployment), scope)
            : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedToken(Request) is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        if (await tokens.AuthenticateAsync(presented, Context.RequestAborted) is not { } grant)
        {
            return AuthenticateResult.Fail("The API token is unknown or revoked, or its LMS is disabled.");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim("api_token", grant.TokenId.ToString()),
            new Claim("reg", grant.Institution.RegistrationId.ToString()),
            new Claim("dep", grant.Institution.DeploymentId.ToString()),
            new Claim("scope", grant.Scope.ToString()),
            new Claim("name", grant.Name),
        ], TokenScheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), TokenScheme));
    }
}
