using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Tab_reaches_each_launch_link_in_order_and_Enter_launches()
    {
        await using var context = await browser.NewContextAsync();
        var sandbox = new SandboxCoursePage(await context.NewPageAsync(), browser);
        await sandbox.OpenAsync();
        var keyboard = sandbox.Page.Keyboard;

        await keyboard.PressAsync("Tab");
        await Assertions.Expect(sandbox.Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        foreach (var label in new[] { "Launch as teacher", "Launch as student", "Launch as coordinator", "Launch as mentor" })
        {
            await keyboard.PressAsync("Tab");
            await Assertions.Expect(sandbox.LaunchLink(label)).ToBeFocusedAsync();
        }

        await keyboard.PressAsync("Shift+Tab");
        await keyboard.PressAsync("Shift+Tab");
        await keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(sandbox.LaunchLink("Launch as teacher")).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");

        await sandbox.ExpectToolLandedAsync("Teacher view", "Alex Rivera");
        Assert.Empty(sandbox.ScriptErrors);
    }
}
