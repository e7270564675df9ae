using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>Checklist B.14: where cookies are blocked, the browser secret comes back from the platform's postMessage storage.</summary>
public sealed class PlatformStorageTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Fact]
    public async Task A_login_offered_platform_storage_answers_with_the_storage_page_instead_of_a_redirect()
    {
        var parameters = LaunchDriver.LoginParameters(offerStorage: true);

        using var response = await Driver.StartLoginAsync(parameters);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""id="lti-storage-put">""", html, StringComparison.Ordinal);
        Assert.Contains("/js/platform-storage.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookieless_cross_site_launch_is_first_asked_to_read_platform_storage()
    {
        var login = await Driver.LoginAsync(offerStorage: true);

        using var response = await Driver.LaunchAsync(
            Driver.CookielessClient, Driver.Sign(Driver.Claims(login)), login.State, secFetchSite: "cross-site");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""id="lti-storage-get">""", html, StringComparison.Ordinal);
        Assert.Equal(login.State, HiddenField(html, "state"));
    }

    [Fact]
    public async Task Posting_again_with_the_secret_from_platform_storage_lands_on_the_tool()
    {
        var login = await Driver.LoginAsync(offerStorage: true);
        using var check = await Driver.LaunchAsync(
            Driver.CookielessClient, Driver.Sign(Driver.Claims(login)), login.State, secFetchSite: "cross-site");
        var html = await check.Content.ReadAsStringAsync();

        using var response = await Driver.LaunchAsync(
            Driver.CookielessClient, HiddenField(html, "id_token"), HiddenField(html, "state"),
            new Dictionary<string, string> { ["platform_storage_secret"] = login.BrowserSecret!, ["lti_storage_checked"] = "1" },
            secFetchSite: "same-origin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Teacher view", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_again_with_a_wrong_secret_is_refused()
    {
        var login = await Driver.LoginAsync(offerStorage: true);

        using var response = await Driver.LaunchAsync(
            Driver.CookielessClient, Driver.Sign(Driver.Claims(login)), login.State,
            new Dictionary<string, string> { ["platform_storage_secret"] = "not-the-secret", ["lti_storage_checked"] = "1" },
            secFetchSite: "same-origin");

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "Open LtiPathways in a new window");
    }

    [Fact]
    public async Task Posting_again_when_storage_gave_nothing_is_refused_rather_than_asked_again()
    {
        var login = await Driver.LoginAsync(offerStorage: true);

        using var response = await Driver.LaunchAsync(
            Driver.CookielessClient, Driver.Sign(Driver.Claims(login)), login.State,
            new Dictionary<string, string> { ["lti_storage_checked"] = "1" }, secFetchSite: "same-origin");

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "Open LtiPathways in a new window");
    }

    private static string HiddenField(string html, string name)
    {
        var match = Regex.Match(html, $"""<input type="hidden" name="{name}" value="(?<value>[^"]*)" />""");
        Assert.True(match.Success, $"the storage check page has no hidden field {name}");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }
}
