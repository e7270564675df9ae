namespace LtiPathways.LtiTool.Lti.Login;

/// <summary>
/// Ties a login's state to the browser that started it (OIDC login CSRF protection) with a cookie per state.
/// Two cookies, as the 1EdTech reference tools do: a partitioned SameSite=None one for iframes,
/// and a plain one for clients that drop SameSite=None or Secure cookies on loopback http.
/// </summary>
public static class BrowserBinding
{
    private const string Prefix = "lti-state-";
    private const string LegacySuffix = "-legacy";

    public static void Attach(HttpResponse response, string state, string secret, TimeSpan lifetime)
    {
        var maxAge = (int)lifetime.TotalSeconds;
        response.Headers.Append("Set-Cookie",
            $"{Prefix}{state}={secret}; Path=/lti; Max-Age={maxAge}; Secure; HttpOnly; SameSite=None; Partitioned");
        response.Headers.Append("Set-Cookie",
            $"{Prefix}{state}{LegacySuffix}={secret}; Path=/lti; Max-Age={maxAge}; HttpOnly");
    }

    public static string? Read(HttpRequest request, string state) =>
        request.Cookies[Prefix + state] ?? request.Cookies[Prefix + state + LegacySuffix];

    public static void Clear(HttpResponse response, string state)
    {
        response.Headers.Append("Set-Cookie", $"{Prefix}{state}=; Path=/lti; Max-Age=0; Secure; HttpOnly; SameSite=None; Partitioned");
        response.Headers.Append("Set-Cookie", $"{Prefix}{state}{LegacySuffix}=; Path=/lti; Max-Age=0; HttpOnly");
    }
}
