using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.Platforms;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The sandbox platform and the tool live in one process; to behave like an LMS framing a tool from another site,
/// the platform answers on the host the person opened and the tool on the other loopback name (127.0.0.1 ↔ localhost).
/// </summary>
public record SandboxAddresses(string PlatformBaseUrl, string ToolBaseUrl)
{
    public static SandboxAddresses From(HttpRequest request, ToolUrls urls, bool publicBaseConfigured)
    {
        var platform = $"{request.Scheme}://{request.Host}{request.PathBase}/sandbox";
        if (publicBaseConfigured)
        {
            return new SandboxAddresses(platform, urls.BaseUrl(request).ToString().TrimEnd('/'));
        }

        var builder = new UriBuilder(request.Scheme, request.Host.Host, request.Host.Port ?? -1, request.PathBase);
        var self = builder.Uri;
        if (PlatformUrlRule.IsLoopback(self))
        {
            builder.Host = self.Host == "localhost" ? "127.0.0.1" : "localhost";
        }

        return new SandboxAddresses(platform, builder.Uri.ToString().TrimEnd('/'));
    }

    public string AuthorizationEndpoint => PlatformBaseUrl + "/authorize";
    public string TokenEndpoint => PlatformBaseUrl + "/token";
    public string JwksUri => PlatformBaseUrl + "/jwks";
}
