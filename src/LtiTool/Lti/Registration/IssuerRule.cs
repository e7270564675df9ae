using LtiPathways.LtiTool.Lti.Platforms;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>Which addresses dynamic registration accepts from a caller who has not logged in.</summary>
public static class IssuerRule
{
    /// <summary>
    /// https, or http on loopback; loopback at all only when <paramref name="allowLoopback"/>; no user name or password.
    /// Where the host really points is checked again when the tool connects (<c>PublicAddressConnector</c>).
    /// </summary>
    public static bool IsAllowedUrl(string? url, bool allowLoopback) =>
        PlatformUrlRule.IsAllowed(url) && new Uri(url!) is var uri && uri.UserInfo.Length == 0
        && (allowLoopback || !PlatformUrlRule.IsLoopback(uri));

    /// <summary>
    /// DR 1.0 section 3.5.1: the configuration comes from the issuer itself, same scheme, host and port, at or under the
    /// issuer's path. Encoded dots and slashes are refused, since a server may decode them into another path.
    /// </summary>
    public static bool ConfigurationBelongsTo(string issuer, Uri configuration)
    {
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUri) || issuerUri.Query.Length > 0 || issuerUri.Fragment.Length > 0)
        {
            return false;
        }

        var issuerPath = issuerUri.AbsolutePath.TrimEnd('/');
        var path = configuration.AbsolutePath;
        return issuerUri.Scheme == configuration.Scheme
            && string.Equals(issuerUri.IdnHost, configuration.IdnHost, StringComparison.OrdinalIgnoreCase)
            && issuerUri.Port == configuration.Port
            && !new[] { "%2e", "%2f", "%5c" }.Any(encoded => path.Contains(encoded, StringComparison.OrdinalIgnoreCase))
            && (path == issuerPath || path.StartsWith(issuerPath + "/", StringComparison.Ordinal));
    }

    /// <summary>An address fit for the log: scheme, host, port and path, never a query or user name, which may carry a secret.</summary>
    public static string ForLog(Uri url) => $"{url.Scheme}://{url.Authority}{url.AbsolutePath}";
}
