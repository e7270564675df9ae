using LtiPathways.LtiTool.Lti.Platforms;

namespace LtiPathways.LtiTool.Hosting;

/// <summary>
/// On http loopback (development, the sandbox, local checks), where ASP.NET refuses to write Secure cookies (antiforgery throws)
/// but browsers accept them, and need them, since SameSite=None requires Secure. Marks the antiforgery cookie Secure on the way out;
/// the login's plain fallback cookie must stay as written.
/// </summary>
public static class LoopbackSecureCookies
{
    public const string AntiforgeryCookie = "ltipathways-antiforgery";

    public static IApplicationBuilder UseLoopbackSecureCookies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.IsHttps && PlatformUrlRule.IsLoopback(new Uri($"http://{context.Request.Host}")))
            {
                context.Response.OnStarting(() =>
                {
                    var cookies = context.Response.Headers.SetCookie;
                    context.Response.Headers.SetCookie = cookies
                        .Select(c => c is not null && c.StartsWith(AntiforgeryCookie, StringComparison.Ordinal)
                            && !c.Contains("secure", StringComparison.OrdinalIgnoreCase) ? c + "; secure" : c)
                        .ToArray();
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
}
