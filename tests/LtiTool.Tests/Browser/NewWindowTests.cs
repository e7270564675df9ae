using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class NewWindowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Without_cookies_or_platform_storage_the_tool_offers_a_new_window_where_the_launch_lands() => browser.RunAsync(async run =>
    {
        var page = run.Page;
        // Only the frame loses its cookies; the new window is a first-party page where they work again.
        await ToolCookies.BlockInFramesAsync(page, browser.ToolBase);
        var sandbox = run.Sandbox;
        await sandbox.OpenAsync(offerStorage: false);

        await sandbox.LaunchAsync("Launch as teacher");
        var newWindow = sandbox.ToolFrame.GetByRole(AriaRole.Link, new() { Name = "Open LtiPathways in a new window" });
        await Assertions.Expect(newWindow).ToBeVisibleAsync();
        await sandbox.ExpectAccessibleAsync("refusal page offering a new window");
        var popup = await page.RunAndWaitForPopupAsync(() => newWindow.ClickAsync());

        await SandboxCoursePage.ExpectLandedAsync(popup.Locator("body"), "Teacher view", "Alex Rivera");
        await popup.ExpectAccessibleAsync("course landing page in a new window");
        Assert.Empty(sandbox.ScriptErrors);
    });
}
