using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PlatformStorageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task With_every_tool_cookie_refused_the_launch_is_bound_through_platform_storage() => browser.RunAsync(async run =>
    {
        var page = run.Page;
        await ToolCookies.BlockInFramesAsync(page, browser.ToolBase);
        var launchPosts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url == browser.ToolBase + "/lti/launch")
            {
                launchPosts.Add(request.PostData ?? "");
            }
        };
        var sandbox = run.Sandbox;
        await sandbox.OpenAsync();

        await sandbox.LaunchAsync("Launch as teacher");

        await sandbox.ExpectToolLandedAsync("Teacher view", "Alex Rivera");
        Assert.Empty(sandbox.ScriptErrors);
        Assert.Empty(await run.Context.CookiesAsync([browser.ToolBase]));
        // The first post (from the platform) has no cookie, so the tool asks the platform's storage; the second carries its answer.
        Assert.Equal(2, launchPosts.Count);
        Assert.DoesNotContain("platform_storage_secret", launchPosts[0], StringComparison.Ordinal);
        Assert.Matches("platform_storage_secret=[^&]+", launchPosts[1]);
    });
}
