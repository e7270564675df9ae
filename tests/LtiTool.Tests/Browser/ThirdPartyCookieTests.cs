using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ThirdPartyCookieTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("Launch as teacher", "Teacher view", "Alex Rivera", "teacher")]
    [InlineData("Launch as student", "Student view", "Jordan Lee", "student")]
    public async Task A_launch_in_the_sandbox_frame_lands_with_third_party_cookies_blocked(
        string link, string view, string name, string screenshot)
    {
        await using var context = await browser.NewContextAsync();
        var sandbox = new SandboxCoursePage(await context.NewPageAsync(), browser);
        await sandbox.OpenAsync();

        await sandbox.LaunchAsync(link);

        await sandbox.ExpectToolLandedAsync(view, name);
        Assert.Empty(sandbox.ScriptErrors);
        Assert.True(await AcceptsCookieAsync(sandbox, "partitioned", "; Partitioned"));
        Assert.False(await AcceptsCookieAsync(sandbox, "unpartitioned", ""), "the framed tool could set a third-party cookie");
        await sandbox.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"sandbox-{screenshot}-third-party-cookies-blocked.png"),
            FullPage = true,
        });
    }

    private static Task<bool> AcceptsCookieAsync(SandboxCoursePage sandbox, string name, string attributes) =>
        sandbox.Page.Frame("tool-frame")!.EvaluateAsync<bool>(
            "([name, attributes]) => { document.cookie = name + '=1; SameSite=None; Secure; Path=/' + attributes; return document.cookie.includes(name + '=1'); }",
            new[] { name, attributes });
}
