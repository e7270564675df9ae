using LtiPathways.LtiTool.Lti.Platforms;

namespace LtiPathways.LtiTool.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// Every response carries the Content-Security-Policy (only registered platforms may frame the tool or receive its
    /// forms; no inline script; nothing from other sites); tokens in URLs never leak through the Referer header.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var platforms = await context.RequestServices.GetRequiredService<FrameAncestors>().SourcesAsync(context.RequestAborted);
            var policy = new ContentSecurityPolicy(platforms);
            context.Features.Set(policy);
            // Written as the response starts, so that an endpoint can still add to it.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentSecurityPolicy = policy.ToString();
                return Task.CompletedTask;
            });
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });

    /// <summary>The policy this response will carry, for an endpoint that needs one more source.</summary>
    public static ContentSecurityPolicy ContentSecurityPolicy(this HttpContext context) =>
        context.Features.Get<ContentSecurityPolicy>() ?? new ContentSecurityPolicy([]);
}
