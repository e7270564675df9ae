using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FramePermissionsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// The frame starts on about:blank and launches navigate it to the tool, so an allow list naming no origin
    /// (which means the src's origin) would leave the tool without camera or microphone.
    /// </summary>
    [Fact]
    public Task The_sandbox_frame_lets_the_tool_it_launches_use_camera_and_microphone() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        await sandbox.OpenAsync();

        await sandbox.LaunchAsync("Launch as student");

        await sandbox.ExpectToolLandedAsync("Student view", "Jordan Lee");
        var allowed = await sandbox.Frame.EvaluateAsync<bool[]>("() => ['camera', 'microphone'].map(f => document.featurePolicy.allowsFeature(f))");
        Assert.Equal([true, true], allowed);
        Assert.Empty(sandbox.ScriptErrors);
    });

    [Fact]
    public Task In_an_lms_frame_without_camera_permission_the_student_is_offered_a_new_window_that_may_record() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        const string title = "Podcast episode";
        await sandbox.OpenAsync();
        await sandbox.PlaceAssessedAsync(title, "10", "Audio or podcast");
        // As an LMS whose frame has no allow attribute: the next launch navigates the frame under an empty policy.
        await sandbox.Page.EvalOnSelectorAsync("iframe[name=tool-frame]", "f => f.setAttribute('allow', '')");
        await sandbox.OpenSubmissionAsStudentAsync(title);

        var audio = sandbox.ToolFrame.GetByRole(AriaRole.Region, new() { Name = "Audio or podcast" });
        var offer = audio.GetByRole(AriaRole.Link, new() { Name = "Open this page in a new window to record" });
        await Assertions.Expect(offer).ToBeVisibleAsync();
        await sandbox.ScreenshotAsync("frame-without-microphone-offers-new-window");
        await sandbox.ExpectAccessibleAsync("submission page offering a new window");

        var opened = await sandbox.Page.Context.RunAndWaitForPageAsync(() => offer.ClickAsync());
        await opened.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(opened.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        Assert.True(await opened.EvaluateAsync<bool>("() => document.featurePolicy.allowsFeature('microphone')"));
        await Assertions.Expect(opened.Locator("[data-new-window]").First).ToBeHiddenAsync();
        await Assertions.Expect(opened.GetByRole(AriaRole.Button, new() { Name = "Start recording" })).ToBeEnabledAsync();
        Assert.Empty(sandbox.ScriptErrors);
    });
}
