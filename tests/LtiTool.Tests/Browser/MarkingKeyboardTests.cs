using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Issue 16's acceptance: from the teacher's landing page to a released rubric mark for one student of 120, by keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MarkingKeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int KeyBudget = 25;
    private const string Title = "Workshop safety log";

    private static readonly string[] Criteria =
        ["Attendance and punctuality", "Safety and care of equipment", "Teamwork", "Workplace communication", "Initiative and problem solving"];

    [Fact]
    public Task A_student_of_120_is_found_marked_on_five_criteria_and_released_in_at_most_25_key_presses() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        var frame = sandbox.ToolFrame;
        await sandbox.OpenAsync();
        await sandbox.PlaceRubricAssignmentAsync(Title);
        await HandInAsync(run);
        await sandbox.LaunchPlacedAsync("Launch as teacher", Title, "Teacher view");
        await WaitForTheWholeRosterAsync(run);

        run.Step("tab from the course page to the tool's first stop; the LMS's own links are not the tool's to count");
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Link, new() { Name = "Skip to content" }), 80);
        var keys = new CountedKeys(page);

        run.Step("find Jordan Lee among 120 students");
        await keys.TabToAsync(frame.GetByRole(AriaRole.Searchbox, new() { Name = "Find a student" }));
        await keys.TypeAsync("jor");
        await keys.PressAsync("Enter");
        var heading = frame.Locator("#student-title");
        await Assertions.Expect(heading).ToContainTextAsync("Jordan Lee");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        await Assertions.Expect(frame.Locator("#notice-region")).ToHaveTextAsync("Now marking Jordan Lee, 1 of 1: Handed in · Not marked.");
        await sandbox.FrameReadyAsync();

        run.Step("mark the five criteria");
        await keys.TabToAsync(frame.GetByRole(AriaRole.Link, new() { Name = "Open the submission (files, video and audio play there)" }));
        foreach (var criterion in Criteria)
        {
            var group = frame.GetByRole(AriaRole.Group, new() { Name = criterion });
            var first = group.GetByRole(AriaRole.Radio).First;
            await keys.TabToAsync(first);
            await keys.PressAsync("Space");
            await Assertions.Expect(first).ToBeCheckedAsync();
            await keys.TabToAsync(frame.GetByLabel($"Comment on {criterion}"));
        }

        run.Step("release beside the total");
        await keys.TabToAsync(frame.GetByLabel("Overall comment"));
        var release = frame.GetByRole(AriaRole.Button, new() { Name = "Release Jordan Lee's mark", Exact = true });
        // The autosave of the first mark turned Release on; the keyboard user does not wait for it by pressing anything.
        await Assertions.Expect(release).ToBeEnabledAsync();
        await Assertions.Expect(frame.GetByTestId("total")).Not.ToContainTextAsync("still to mark");
        await keys.TabToAsync(release);
        await sandbox.Frame.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        await keys.PressAsync("Space");

        await Assertions.Expect(frame.GetByTestId("notice")).ToHaveTextAsync("Released to Jordan Lee; the grade is on its way to the LMS gradebook.");
        await Assertions.Expect(frame.Locator("#notice-region")).ToBeFocusedAsync();
        await Assertions.Expect(release).ToBeDisabledAsync();
        await Assertions.Expect(frame.GetByTestId("release-reason")).ToHaveTextAsync("Released; change a mark to release it again.");
        await Assertions.Expect(frame.GetByRole(AriaRole.Navigation, new() { Name = "Students" })).ToContainTextAsync("Handed in · Released");
        Assert.True(await sandbox.Frame.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "Release reloaded the page.");
        Assert.InRange(keys.Count, 1, KeyBudget);
        await sandbox.ScreenshotAsync("marking-released-by-keyboard");
        await sandbox.ExpectAccessibleAsync("rubric view after a release");

        run.Step("step to the next and previous student with Alt+Shift+N and Alt+Shift+P");
        await sandbox.Frame.GotoAsync(sandbox.Frame.Url.Replace("q=jor", "q=", StringComparison.Ordinal));
        await Assertions.Expect(frame.GetByTestId("switcher-count")).ToContainTextAsync("120 of 120 students shown · 1 handed in");
        await Assertions.Expect(frame.GetByTestId("shortcuts")).ToContainTextAsync("Alt+Shift+N opens the next student");
        await sandbox.FrameReadyAsync();
        await page.Keyboard.PressAsync("Alt+Shift+N");
        await Assertions.Expect(frame.Locator("#notice-region")).ToContainTextAsync("2 of 120: Nothing handed in · Not marked.");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        await sandbox.FrameReadyAsync();
        await page.Keyboard.PressAsync("Alt+Shift+P");
        await Assertions.Expect(heading).ToContainTextAsync("Jordan Lee");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        Assert.Empty(sandbox.ScriptErrors);
    });

    private static async Task HandInAsync(BrowserRun run)
    {
        var sandbox = run.Sandbox;
        await sandbox.OpenSubmissionAsStudentAsync(Title);
        run.Step("hand in an essay as Jordan Lee");
        var frame = sandbox.ToolFrame;
        await frame.GetByLabel("Your essay").FillAsync("I logged every check of the guards and the extraction before each session.");
        await Assertions.Expect(frame.GetByTestId("save-state")).ToContainTextAsync("Saved automatically at");
        await sandbox.Page.RunAndWaitForResponseAsync(
            () => frame.GetByRole(AriaRole.Button, new() { Name = "Submit your work" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/submission/hand-in", StringComparison.Ordinal));
        await Assertions.Expect(frame.GetByTestId("history")).ToContainTextAsync("Attempt 1: Submitted");
    }

    /// <summary>The teacher's launch refreshes the roster in the background; the class list holds all 120 once it has.</summary>
    private static async Task WaitForTheWholeRosterAsync(BrowserRun run)
    {
        run.Step("wait for the roster of 120 students");
        var count = run.Sandbox.ToolFrame.GetByTestId("switcher-count");
        for (var attempt = 0; attempt < 20 && !(await count.TextContentAsync() ?? "").Contains("of 120 students", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            await run.Sandbox.Frame.EvaluateAsync("() => location.reload()");
            await run.Sandbox.Frame.WaitForLoadStateAsync(LoadState.Load);
        }

        await Assertions.Expect(count).ToContainTextAsync("120 of 120 students shown");
        await run.Sandbox.FrameReadyAsync();
    }
}
