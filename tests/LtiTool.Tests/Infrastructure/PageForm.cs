using System.Net;
using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>
/// Submits one of the tool's own forms as the browser would with session.js: session_token and the antiforgery field
/// when the page has one (https), plus the antiforgery cookie the page set.
/// </summary>
public static partial class PageForm
{
    public static string SessionToken(string html) => SessionPattern().Match(html).Groups[1].Value;

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, HttpResponseMessage page, string html, string action)
    {
        var fields = new Dictionary<string, string> { ["session_token"] = WebUtility.HtmlDecode(SessionToken(html)) };
        if (AntiforgeryPattern().Match(html) is { Success: true } antiforgery)
        {
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Where(v => v.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Select(v => v.Split(';')[0])
            : [];
        if (cookies.Any())
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies));
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("<meta name=\"lti-session\" content=\"([^\"]+)\"")]
    private static partial Regex SessionPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
