using LtiPathways.LtiTool.Hosting;
using LtiPathways.LtiTool.Lti;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The sandbox plays the LMS: its course page frames the tool on the other loopback name, and its form_post sends the
/// id_token there, so its pages' Content-Security-Policy adds the tool's origin to frame-src and form-action.
/// </summary>
public static class SandboxPagePolicy
{
    public static TBuilder AllowTheTool<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            var options = context.RequestServices.GetRequiredService<IOptions<LtiOptions>>();
            var urls = context.RequestServices.GetRequiredService<ToolUrls>();
            var tool = SandboxAddresses.From(context.Request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl)).ToolBaseUrl;
            context.ContentSecurityPolicy().AllowOriginOf("frame-src", tool).AllowOriginOf("form-action", tool);
            return await next(invocation);
        });
}
