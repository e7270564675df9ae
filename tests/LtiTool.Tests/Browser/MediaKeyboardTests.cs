using System.Text;
using LtiPathways.LtiTool.Tests.Submissions.Media;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Issue 16's "media for everyone": a teacher finds a moment in the transcript and in the comments, by keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MediaKeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Captions = "WEBVTT\n\n00:00:00.000 --> 00:00:00.600\nWelcome to the energy audit.\n\n"
        + "00:00:00.600 --> 00:00:01.200\nWe measured every light.\n\n00:00:01.200 --> 00:00:02.000\nThe heaters used the most power.\n";

    [Fact]
    public Task A_teacher_searches_the_transcript_seeks_with_Enter_and_reaches_a_comment_by_Tab() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        const string title = "Energy audit video";
        await sandbox.OpenAsync();
        await sandbox.PlaceAssessedAsync(title, "10", "Video");
        await sandbox.OpenSubmissionAsStudentAsync(title);
        var frame = sandbox.ToolFrame;

        run.Step("upload a video, add its captions and submit as Jordan Lee");
        var video = frame.GetByRole(AriaRole.Region, new() { Name = "Video" });
        await video.Locator("input[data-upload]").SetInputFilesAsync(
            new FilePayload { Name = "pattern.webm", MimeType = "video/webm", Buffer = await TestMedia.WebMAsync() });
        await Assertions.Expect(frame.GetByTestId("notice")).ToHaveTextAsync("pattern.webm uploaded.", new() { Timeout = 20_000 });
        await Assertions.Expect(video.GetByTestId("player")).ToHaveAttributeAsync("aria-label", $"Video — Jordan Lee, {title}");
        await video.Locator("[data-caption-upload]").SetInputFilesAsync(
            new FilePayload { Name = "captions.vtt", MimeType = "text/vtt", Buffer = Encoding.UTF8.GetBytes(Captions) });
        await Assertions.Expect(frame.GetByTestId("notice")).ToHaveTextAsync("Captions added.", new() { Timeout = 20_000 });
        await Assertions.Expect(video.GetByTestId("transcript").GetByRole(AriaRole.Button)).ToHaveCountAsync(3);
        await frame.GetByRole(AriaRole.Button, new() { Name = "Submit your work" }).ClickAsync();
        await Assertions.Expect(frame.GetByTestId("notice")).ToHaveTextAsync("Submitted attempt 1.");

        run.Step("open the video as the teacher");
        await sandbox.LaunchPlacedAsync("Launch as teacher", title, "Teacher view");
        await frame.GetByRole(AriaRole.Link, new() { Name = "See students' submissions" }).ClickAsync();
        await frame.GetByTestId("submissions").GetByRole(AriaRole.Link, new() { Name = "Open video" }).ClickAsync();
        var opened = frame.GetByTestId("opened");
        await Assertions.Expect(opened.GetByTestId("player")).ToHaveAttributeAsync("aria-label", $"Video — Jordan Lee, {title}");
        await sandbox.FrameReadyAsync();
        var element = await opened.GetByTestId("player").ElementHandleAsync();
        await sandbox.Frame.WaitForFunctionAsync("v => v.readyState >= 1 && v.duration > 0", element);

        run.Step("search the transcript and seek with Enter");
        var search = opened.GetByLabel("Search the transcript");
        await KeyboardFocus.TabUntilAsync(page, search, 40);
        await page.Keyboard.TypeAsync("heaters");
        await Assertions.Expect(opened.GetByTestId("transcript").GetByRole(AriaRole.Status)).ToHaveTextAsync("1 of 3 lines match.");
        var line = opened.GetByRole(AriaRole.Button, new() { Name = "0:01 The heaters used the most power." });
        await KeyboardFocus.TabToAsync(page, line);
        await page.Keyboard.PressAsync("Enter");
        await sandbox.Frame.WaitForFunctionAsync("v => Math.abs(v.currentTime - 1.2) < 0.05", element);
        await Assertions.Expect(line).ToHaveAttributeAsync("aria-current", "true");

        run.Step("add a comment at the current time by keyboard");
        await KeyboardFocus.TabUntilAsync(page, opened.GetByRole(AriaRole.Button, new() { Name = "Comment at the current time" }), 20);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(opened.Locator("[data-comment-text]")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Say which heater and for how long.");
        await KeyboardFocus.TabUntilAsync(page, opened.GetByRole(AriaRole.Button, new() { Name = "Save comment" }), 3);
        await page.Keyboard.PressAsync("Enter");
        var comment = opened.GetByRole(AriaRole.Button, new() { Name = "Play from 0:01: Say which heater and for how long." });
        await Assertions.Expect(comment).ToBeVisibleAsync();

        run.Step("reach the comment by Tab and seek there");
        await element.EvaluateAsync("v => { v.currentTime = 0; }");
        await sandbox.Frame.WaitForFunctionAsync("v => v.currentTime < 0.1", element);
        await KeyboardFocus.TabUntilAsync(page, comment, 40);
        await page.Keyboard.PressAsync("Enter");
        await sandbox.Frame.WaitForFunctionAsync("v => Math.abs(v.currentTime - 1.2) < 0.05", element);
        await Assertions.Expect(comment).ToBeFocusedAsync();
        var figure = opened.Locator("figure.media");
        await figure.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "media-player-transcript-1280.png") });
        await page.SetViewportSizeAsync(390, 844);
        await sandbox.ShowFrameAsync();
        await figure.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "media-player-transcript-390.png") });
        Assert.Empty(sandbox.ScriptErrors);
    });
}
