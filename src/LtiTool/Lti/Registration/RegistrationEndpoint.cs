using LtiPathways.LtiTool.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>The dynamic registration initiation URL (DR 1.0 section 3.3) an LMS administrator pastes into the LMS.</summary>
public static class RegistrationEndpoint
{
    public const string Path = "/lti/register";

    public static IEndpointRouteBuilder MapLtiRegistration(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, HandleAsync).RequireRateLimiting(RegistrationRateLimit.Policy);
        return routes;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, DynamicRegistration registration, ToolUrls urls, ILogger<DynamicRegistration> logger,
        string? openid_configuration, string? registration_token, CancellationToken cancellationToken)
    {
        // The LMS shows this page in its own frame or window while it is not yet registered, so frame-ancestors
        // cannot come from the registrations: allow the site the configuration is served from.
        context.ContentSecurityPolicy().AllowOriginOf("frame-ancestors", openid_configuration);

        var outcome = await registration.RegisterAsync(openid_configuration, registration_token, urls.BaseUrl(context.Request), cancellationToken);
        if (outcome.Registration is null)
        {
            logger.LogWarning("Dynamic registration from {Client} refused: {Rule}", context.Connection.RemoteIpAddress, outcome.Rule);
        }

        return new RazorComponentResult<RegistrationPage>(new { Outcome = outcome }) { StatusCode = outcome.StatusCode };
    }
}
