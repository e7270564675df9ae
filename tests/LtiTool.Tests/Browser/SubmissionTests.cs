using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Issue 6's acceptance in a browser: a recording made in the LMS frame, and an essay draft that survives a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SubmissionTests(MediaBrowserFixture browser) : IClassFixture<MediaBrowserFixture>
{
    [Fact]
    public Task A_student_records_a_video_in_the_frame_and_the_teacher_plays_it() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        const string title = "Video pitch";
        await sandbox.OpenAsync();
        await sandbox.PlaceAssessedAsync(title, "10", "Video");
        await sandbox.OpenSubmissionAsStudentAsync(title);

        var frame = sandbox.ToolFrame;
        var video = frame.GetByRole(AriaRole.Region, new() { Name = "Video" });
        await video.GetByRole(AriaRole.Button, new() { Name = "Start recording" }).ClickAsync();
        var progress = video.Locator("[data-progress]");
        await Assertions.Expect(progress).ToHaveTextAsync("Recording…");
        // The preview plays the camera stream, so its clock says how long the student has been recording.
        await sandbox.Frame.WaitForFunctionAsync(
            "() => document.querySelector('video.preview').currentTime >= 5", null, new() { Timeout = 20_000 });
        await video.GetByRole(AriaRole.Button, new() { Name = "Stop" }).ClickAsync();
        await Assertions.Expect(progress).ToContainTextAsync("Recording saved.", new() { Timeout = 20_000 });
        await SubmitAsync(sandbox, frame.GetByRole(AriaRole.Button, new() { Name = "Submit your work" }));
        await Assertions.Expect(frame.GetByTestId("history")).ToContainTextAsync("Attempt 1: Submitted");
        await video.ScrollIntoViewIfNeededAsync();
        await sandbox.ScreenshotAsync("submission-student-video-submitted");
        await sandbox.ExpectAccessibleAsync("submission page with a recording");

        await sandbox.LaunchPlacedAsync("Launch as teacher", title, "Teacher view");
        await frame.GetByRole(AriaRole.Link, new() { Name = "See students' submissions" }).ClickAsync();
        var open = frame.GetByTestId("submissions").GetByRole(AriaRole.Link, new() { Name = "Open video" });
        await Assertions.Expect(open).ToHaveCountAsync(1);
        await sandbox.FrameReadyAsync();
        await open.ClickAsync();
        var player = frame.GetByTestId("opened").GetByTestId("player");
        await Assertions.Expect(player).ToBeVisibleAsync();
        // The player lists its renditions as <source> elements (a playback copy first when there is one).
        await Assertions.Expect(player.Locator("source").Last).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/"));
        var element = await player.ElementHandleAsync();
        // HAVE_METADATA: the browser fetched the file through its signed link and understood it as video.
        await sandbox.Frame.WaitForFunctionAsync("v => v.readyState >= 1 && v.duration > 0 && v.videoWidth > 0", element);
        // Not the play() promise: Playwright's evaluate has no timeout, and a play that never starts would never settle.
        await element.EvaluateAsync("v => { v.muted = true; v.play().catch(() => {}); }");
        await sandbox.Frame.WaitForFunctionAsync("v => v.currentTime > 1", element, new() { Timeout = 20_000 });
        await player.ScrollIntoViewIfNeededAsync();
        await sandbox.ScreenshotAsync("submission-teacher-plays-video");
        await sandbox.ExpectAccessibleAsync("submission list with a player");

        await element.EvaluateAsync("v => v.pause()");

        // Captions the teacher adds play with the video (the page reloads with the new track).
        run.Step("add captions to the video as the teacher");
        await frame.GetByTestId("opened").Locator("[data-caption-upload]").SetInputFilesAsync(new FilePayload
        {
            Name = "captions.vtt",
            MimeType = "text/vtt",
            Buffer = System.Text.Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:04.000\nHello from the hospital.\n"),
        });
        await Assertions.Expect(frame.GetByTestId("opened").Locator("track")).ToHaveCountAsync(1);
        await sandbox.FrameReadyAsync();
        await sandbox.Frame.WaitForFunctionAsync(
            "() => { const t = document.querySelector('[data-testid=opened] track'); t.track.mode = 'showing'; return t.readyState === 2 && t.track.cues.length === 1; }");
        await sandbox.Frame.GotoAsync("about:blank");
        Assert.Empty(sandbox.ScriptErrors);
    });

    [Fact]
    public Task An_essay_draft_survives_a_reload_of_the_frame_before_it_is_submitted() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        const string title = "Essay on teamwork";
        const string text = "Working with the hospital volunteers taught me to listen before I act.";
        await sandbox.OpenAsync();
        await sandbox.PlaceAssessedAsync(title, "15");
        await sandbox.OpenSubmissionAsStudentAsync(title);

        var frame = sandbox.ToolFrame;
        var essay = frame.GetByLabel("Your essay");
        await essay.FillAsync(text);
        await Assertions.Expect(frame.GetByTestId("word-count")).ToHaveTextAsync("12 words");
        await Assertions.Expect(frame.GetByTestId("save-state")).ToContainTextAsync("Saved automatically at");

        // A fresh document from the server: the autosave line starts empty again, and the text comes from the saved draft.
        await sandbox.Frame.GotoAsync(sandbox.Frame.Url);
        await Assertions.Expect(frame.GetByTestId("save-state")).ToBeEmptyAsync();
        await Assertions.Expect(essay).ToHaveValueAsync(text);
        await Assertions.Expect(frame.GetByTestId("word-count")).ToHaveTextAsync("12 words");
        await sandbox.FrameReadyAsync();
        await sandbox.ScreenshotAsync("submission-essay-after-reload");

        await SubmitAsync(sandbox, frame.GetByRole(AriaRole.Button, new() { Name = "Submit your work" }));
        await Assertions.Expect(frame.GetByTestId("history")).ToContainTextAsync("Attempt 1: Submitted");
        Assert.Empty(sandbox.ScriptErrors);
    });

    /// <summary>Presses the submit button; the page says so in its status region without a reload.</summary>
    private static async Task SubmitAsync(SandboxCoursePage sandbox, ILocator button)
    {
        await button.ClickAsync();
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("notice")).ToHaveTextAsync("Submitted attempt 1.");
    }
}
