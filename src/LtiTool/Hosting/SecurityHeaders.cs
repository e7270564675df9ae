using LtiPathways.LtiTool.Lti.Platforms;

namespace LtiPathways.LtiTool.Hosting;

public static class SecurityHeaders
{
    /// <summary>Only registered platforms may frame the tool; tokens in URLs never leak through the Referer header.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var ancestors = await context.RequestServices.GetRequiredService<FrameAncestors>().SourcesAsync(context.RequestAborted);
            context.Response.Headers.ContentSecurityPolicy = $"frame-ancestors {ancestors}";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });
}
