using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FramePermissionsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// The frame starts on about:blank and launches navigate it to the tool, so an allow list naming no origin
    /// (which means the src's origin) would leave the tool without camera or microphone.
    /// </summary>
    [Fact(Timeout = BrowserFixture.TestTimeout)]
    public async Task The_sandbox_frame_lets_the_tool_it_launches_use_camera_and_microphone()
    {
        await using var context = await browser.NewContextAsync();
        var sandbox = new SandboxCoursePage(await context.NewPageAsync(), browser);
        await sandbox.OpenAsync();

        await sandbox.LaunchAsync("Launch as student");

        await sandbox.ExpectToolLandedAsync("Student view", "Jordan Lee");
        var allowed = await sandbox.Frame.EvaluateAsync<bool[]>("() => ['camera', 'microphone'].map(f => document.featurePolicy.allowsFeature(f))");
        Assert.Equal([true, true], allowed);
    }
}
