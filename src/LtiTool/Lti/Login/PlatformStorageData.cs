namespace LtiPathways.LtiTool.Lti.Login;

/// <summary>What the browser needs to talk to the platform's postMessage storage (lti.put_data / lti.get_data).</summary>
public record PlatformStorageData(string Target, string PlatformOrigin, string Key, string? Value, string? ContinueUrl)
{
    public static string KeyFor(string state) => "lti-state-" + state;

    /// <summary>The storage frame lives on the platform's OIDC origin (Canvas: https://sso.canvaslms.com).</summary>
    public static string OriginOf(string url) => new Uri(url).GetLeftPart(UriPartial.Authority);
}
