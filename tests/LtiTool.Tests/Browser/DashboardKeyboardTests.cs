using LtiPathways.LtiTool.Sandbox;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The coordinator dashboard inside the sandbox frame, filtered with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardKeyboardTests(PlannerBrowserFixture browser) : IClassFixture<PlannerBrowserFixture>
{
    [Fact]
    public Task A_coordinator_filters_the_dashboard_by_risk_with_the_keyboard() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        var frame = sandbox.ToolFrame;
        await sandbox.OpenAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.PlacementLink("Launch as coordinator", SandboxPlannerLink.Title), 30);
        await page.Keyboard.PressAsync("Enter");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Link, new() { Name = "Coordinator dashboard" }), 40);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(frame.GetByTestId("view")).ToHaveTextAsync("Coordinator · dashboard");
        await Assertions.Expect(frame.GetByTestId("agreement-reminders")).ToContainTextAsync("City College");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#filter-risk"), 60);
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(frame.Locator("#filter-risk")).ToHaveValueAsync("at-risk");
        await KeyboardFocus.TabToAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Show students" }));
        var dashboardFrame = page.Frames.First(f => f.Url.Contains("/app/dashboards", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        // The unfiltered page shows a result count too: wait for the filtered one to arrive before reading its rows.
        await dashboardFrame.WaitForURLAsync(url => url.Contains("risk=at-risk", StringComparison.Ordinal));
        await sandbox.FrameReadyAsync();

        await Assertions.Expect(frame.GetByTestId("result-count")).ToContainTextAsync("Showing 1–");
        await Assertions.Expect(frame.Locator("#filter-risk")).ToHaveValueAsync("at-risk");
        var statuses = frame.Locator("[data-testid=dashboard-students] tbody [data-status]");
        Assert.True(await statuses.CountAsync() > 0);
        Assert.All(await statuses.AllTextContentsAsync(), status => Assert.Contains("At risk", status, StringComparison.Ordinal));
        await sandbox.ScreenshotAsync("dashboard-filtered-in-frame");
        await sandbox.ExpectAccessibleAsync("coordinator dashboard, filtered");
        Assert.Empty(sandbox.ScriptErrors);
    });
}
