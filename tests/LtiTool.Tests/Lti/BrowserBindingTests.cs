using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>Checklist B.13/B.15: a browser launch must come from the browser that logged in, or be offered a new window.</summary>
public sealed partial class BrowserBindingTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Fact]
    public async Task A_cross_site_launch_without_the_state_cookie_is_refused_with_a_new_window_link()
    {
        var parameters = LaunchDriver.LoginParameters();
        var login = await Driver.LoginAsync(parameters);

        using var response = await Driver.LaunchAsync(
            Driver.CookielessClient, Driver.Sign(Driver.Claims(login)), login.State, secFetchSite: "cross-site");

        var body = await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "Open LtiPathways in a new window");
        var link = new Uri(WebUtility.HtmlDecode(NewWindowLink().Match(body).Groups["href"].Value));
        Assert.Equal(LaunchDriver.ToolBase + "/lti/login", link.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(link.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        Assert.Equal(parameters, query);
    }

    [Fact]
    public async Task A_cross_site_launch_with_the_state_cookie_is_accepted()
    {
        var login = await Driver.LoginAsync();

        using var response = await Driver.LaunchAsync(
            Driver.Client, Driver.Sign(Driver.Claims(login)), login.State, secFetchSite: "cross-site");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Teacher view", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cross_site_launch_with_another_logins_cookie_is_refused()
    {
        var mine = await Driver.LoginAsync();
        using var stranger = new LaunchDriver(Factory);
        var theirs = await stranger.LoginAsync();
        var claims = Driver.Claims(theirs);

        using var response = await Driver.LaunchAsync(Driver.Client, Driver.Sign(claims), theirs.State, secFetchSite: "cross-site");

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "Open LtiPathways in a new window");
        Assert.NotEqual(mine.State, theirs.State);
    }

    [Fact]
    public async Task A_launch_without_fetch_metadata_relies_on_the_single_use_state()
    {
        var login = await Driver.LoginAsync();

        using var response = await Driver.LaunchAsync(Driver.CookielessClient, Driver.Sign(Driver.Claims(login)), login.State);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("""<a class="button" href="(?<href>[^"]+)"[^>]*>Open LtiPathways in a new window</a>""")]
    private static partial Regex NewWindowLink();
}
