using System.Net;
using System.Text.RegularExpressions;

namespace LtiPathways.Benchmarks;

/// <summary>
/// A student's session on a running tool, got as a browser gets it: place the sandbox's demo assignment, follow the
/// student's launch link through login, the sandbox's authorize page and the launch form post.
/// </summary>
public static partial class SandboxStudentSession
{
    public static async Task<(string Token, Guid AssignmentId)> LaunchAsync(HttpClient client, Uri platform)
    {
        using (var placed = await client.PostAsync(new Uri(platform, "/sandbox/demo-assignment"), new FormUrlEncodedContent([])))
        {
            Expect(placed, HttpStatusCode.Redirect);
        }

        var course = await client.GetStringAsync(new Uri(platform, "/sandbox?storage=off"));
        var link = StudentLaunch().Matches(course).Last();
        using var login = await client.GetAsync(WebUtility.HtmlDecode(link.Groups["href"].Value));
        Expect(login, HttpStatusCode.Redirect);
        var formPage = await client.GetStringAsync(login.Headers.Location);
        var action = WebUtility.HtmlDecode(FormAction().Match(formPage).Groups[1].Value);
        var fields = HiddenField().Matches(formPage).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var launch = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        var landing = launch.StatusCode == HttpStatusCode.Redirect ? launch.Headers.Location!.OriginalString : await launch.Content.ReadAsStringAsync();
        var token = launch.StatusCode == HttpStatusCode.Redirect
            ? Uri.UnescapeDataString(SessionInUrl().Match(landing).Groups[1].Value)
            : WebUtility.HtmlDecode(SessionMeta().Match(landing).Groups[1].Value);
        var assignment = AssignmentPath().Match(landing);
        if (!assignment.Success && launch.StatusCode == HttpStatusCode.Redirect)
        {
            // The launch opened the student's grade page, which links to the assignment's submission page.
            assignment = AssignmentPath().Match(await client.GetStringAsync(new Uri(new Uri(action), landing)));
        }

        if (token.Length == 0 || !assignment.Success)
        {
            throw new InvalidOperationException($"The student launch answered {(int)launch.StatusCode} without a session and assignment: {landing[..Math.Min(500, landing.Length)]}");
        }

        return (token, Guid.Parse(assignment.Groups[1].Value));
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)status}.");
        }
    }

    [GeneratedRegex("""href="(?<href>[^"]+)"[^>]*aria-label="Launch as student: """)]
    private static partial Regex StudentLaunch();

    [GeneratedRegex("""<form method="post" action="([^"]+)" """)]
    private static partial Regex FormAction();

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)" """)]
    private static partial Regex HiddenField();

    [GeneratedRegex("[?&]session=([^&]+)")]
    private static partial Regex SessionInUrl();

    [GeneratedRegex("<meta name=\"lti-session\" content=\"([^\"]+)\"")]
    private static partial Regex SessionMeta();

    [GeneratedRegex("/app/assignments/([0-9a-fA-F-]{36})")]
    private static partial Regex AssignmentPath();
}
