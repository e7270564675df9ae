using System.Net;
using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>Submits one of the tool's own forms as the browser would with session.js: its fields plus the page's session_token.</summary>
public static partial class PageForm
{
    public static string SessionToken(string html) => SessionPattern().Match(html).Groups[1].Value;

    /// <summary>The fields given (a name may repeat) and the session_token session.js adds from the page.</summary>
    public static List<KeyValuePair<string, string>> Fields(string html, IEnumerable<KeyValuePair<string, string>>? fields = null) =>
        [.. fields ?? [], KeyValuePair.Create("session_token", WebUtility.HtmlDecode(SessionToken(html)))];

    public static Task<HttpResponseMessage> PostAsync(
        HttpClient client, string html, string action, IEnumerable<KeyValuePair<string, string>>? fields = null) =>
        client.PostAsync(action, new FormUrlEncodedContent(Fields(html, fields)));

    [GeneratedRegex("<meta name=\"lti-session\" content=\"([^\"]+)\"")]
    private static partial Regex SessionPattern();
}
