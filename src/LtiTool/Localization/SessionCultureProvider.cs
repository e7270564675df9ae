using LtiPathways.LtiTool.Session;
using Microsoft.AspNetCore.Localization;

namespace LtiPathways.LtiTool.Localization;

/// <summary>The language the LMS launched in, carried in the session token; without a session the browser's language decides.</summary>
public class SessionCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(ToolCultures.Match(httpContext.User.FindFirst(ToolSession.LocaleClaim)?.Value) is { } culture
            ? new ProviderCultureResult(culture)
            : null);
}
