using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// Plays a browser that refuses the tool's cookies, for requests the test marked with <see cref="Header"/>: none are sent,
/// none are stored. Done at the server because Playwright's route.FetchAsync stores the Set-Cookie it strips in the
/// context's jar and sends its own request without Fetch Metadata, so the tool would not see a browser at all.
/// </summary>
public sealed class CookieBlockingFilter : IStartupFilter
{
    public const string Header = "X-Test-Block-Cookies";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.Remove(Header))
            {
                context.Request.Headers.Cookie = default;
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.SetCookie = default;
                    return Task.CompletedTask;
                });
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
