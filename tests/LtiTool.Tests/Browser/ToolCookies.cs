using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Marks the tool requests of a page whose cookies the tool host must refuse (see <see cref="CookieBlockingFilter"/>).</summary>
public static class ToolCookies
{
    public static Task BlockAsync(IPage page, string toolBase, Func<IRequest, bool> when) =>
        page.RouteAsync(toolBase + "/**", route =>
        {
            if (!when(route.Request))
            {
                return route.ContinueAsync();
            }

            var headers = new Dictionary<string, string>(route.Request.Headers) { [CookieBlockingFilter.Header] = "1" };
            return route.ContinueAsync(new RouteContinueOptions { Headers = headers });
        });

    public static Task BlockInFramesAsync(IPage page, string toolBase) =>
        BlockAsync(page, toolBase, request => request.Frame.ParentFrame is not null);
}
