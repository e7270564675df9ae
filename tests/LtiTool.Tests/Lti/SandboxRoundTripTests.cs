using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>
/// Every launch button on the sandbox course page, followed as a browser would: tool login, the sandbox's
/// authorization endpoint (which signs the id_token), and the form post back to the tool.
/// The page is opened on 127.0.0.1 so that the tool answers on localhost, as in development.
/// </summary>
public sealed partial class SandboxRoundTripTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Fact]
    public async Task Every_launch_on_the_sandbox_course_page_lands_on_the_tool()
    {
        var links = await LaunchLinksAsync();

        Assert.Equal(6, links.Count);
        foreach (var link in links)
        {
            var (action, fields, status) = await FollowAsync(link);

            Assert.Equal(LaunchDriver.ToolBase + "/lti/launch", action);
            Assert.Equal(["id_token", "state"], fields.Keys.Order().ToList());
            Assert.Equal(HttpStatusCode.OK, status);
        }
    }

    [Fact]
    public async Task The_sandbox_mentor_launches_signed_with_Jordan_Lee_in_role_scope_mentor()
    {
        var mentorLink = (await LaunchLinksAsync()).Single(l => l.Contains("login_hint=sandbox-mentor-1", StringComparison.Ordinal));

        var (_, fields, status) = await FollowAsync(mentorLink);

        Assert.Equal(HttpStatusCode.OK, status);
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(fields["id_token"].Split('.')[1]))!;
        Assert.Equal("[\"sandbox-student-1\"]", payload["https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor"]!.ToJsonString());
        Assert.Equal(["sandbox-student-1"], await QueryAsync(db => db.Mentorships.Where(m => m.Mentor!.Subject == "sandbox-mentor-1")
            .Select(m => m.MenteeSubject).ToListAsync()));
    }

    private async Task<List<string>> LaunchLinksAsync()
    {
        using var page = await Driver.Client.GetAsync("http://127.0.0.1/sandbox/?storage=false");
        return LaunchLink().Matches(await page.Content.ReadAsStringAsync()).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).ToList();
    }

    /// <summary>Tool login, the sandbox's authorization endpoint (which signs the id_token), and the form post back to the tool.</summary>
    private async Task<(string Action, Dictionary<string, string> Fields, HttpStatusCode LaunchStatus)> FollowAsync(string link)
    {
        using var login = await Driver.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var authorize = await Driver.Client.GetAsync(login.Headers.Location);
        var form = await authorize.Content.ReadAsStringAsync();
        var action = WebUtility.HtmlDecode(FormAction().Match(form).Groups["action"].Value);
        var fields = HiddenField().Matches(form).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        using var launch = await Driver.Client.PostAsync(action, new FormUrlEncodedContent(fields));
        return (action, fields, launch.StatusCode);
    }

    [GeneratedRegex("""href="(?<href>[^"]+)" target="tool-frame" data-launch""")]
    private static partial Regex LaunchLink();

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]+)" """)]
    private static partial Regex FormAction();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)" />""")]
    private static partial Regex HiddenField();
}
