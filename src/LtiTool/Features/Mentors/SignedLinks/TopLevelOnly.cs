using LtiPathways.LtiTool.Hosting;

namespace LtiPathways.LtiTool.Features.Mentors.SignedLinks;

/// <summary>
/// A signed link's pages open at the top level only: no site, not even an LMS, may frame them (a framed page could be
/// clicked through by another site), and no cache keeps what a mentor saw.
/// </summary>
public sealed class TopLevelOnly : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.ContentSecurityPolicy().Only("frame-ancestors", "'none'");
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers.CacheControl = "no-store";
        return next(context);
    }
}
