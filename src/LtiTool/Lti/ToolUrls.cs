using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti;

/// <summary>The tool's own URLs: from <c>Lti:PublicBaseUrl</c> when set, else from the request.</summary>
public class ToolUrls(IOptions<LtiOptions> options)
{
    public const string LaunchPath = "/lti/launch";
    public const string LoginPath = "/lti/login";

    public Uri BaseUrl(HttpRequest request)
    {
        var configured = options.Value.PublicBaseUrl;
        var text = string.IsNullOrEmpty(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured;
        return new Uri(text.TrimEnd('/') + "/");
    }

    /// <summary>Exactly the launch URL registered with platforms; Moodle refuses anything else (checklist A.3).</summary>
    public string RedirectUri(HttpRequest request) => Absolute(request, LaunchPath);

    public string Absolute(HttpRequest request, string path) => new Uri(BaseUrl(request), path.TrimStart('/')).ToString();

    /// <summary>True when the URL points at this tool (same scheme, host and port), so a launch cannot be sent elsewhere.</summary>
    public bool IsOnTool(HttpRequest request, string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target))
        {
            return false;
        }

        var self = BaseUrl(request);
        return target.Scheme == self.Scheme
            && string.Equals(target.Host, self.Host, StringComparison.OrdinalIgnoreCase)
            && target.Port == self.Port;
    }
}
