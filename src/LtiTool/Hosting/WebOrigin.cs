namespace LtiPathways.LtiTool.Hosting;

/// <summary>The origin of a web address, as a Content-Security-Policy source names it.</summary>
public static class WebOrigin
{
    /// <summary>
    /// "scheme://host[:port]" of an absolute http(s) URL, or null for anything else. Built from the authority, which leaves
    /// out any user name or password the URL carries.
    /// </summary>
    public static string? Of(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? $"{uri.Scheme}://{uri.Authority}" : null;
}
