using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Issue 16's "no lost confirmations" on the student's page, by keyboard alone: each confirmation is said and focused, the page stays.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudentWorkKeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_student_saves_a_draft_and_submits_by_keyboard_without_a_reload_and_hears_each_confirmation() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        const string title = "Energy audit";
        await sandbox.OpenAsync();
        await sandbox.PlaceAssessedAsync(title, "10");
        await sandbox.OpenSubmissionAsStudentAsync(title);
        var frame = sandbox.ToolFrame;
        // A mark on the document: a reload would drop it.
        await sandbox.Frame.EvaluateAsync("() => { window.stillThisPage = true; }");

        run.Step("write the essay by keyboard");
        var essay = frame.GetByLabel("Your essay");
        await KeyboardFocus.TabUntilAsync(page, essay, 40);
        await page.Keyboard.TypeAsync("We measured every light and heater in the workshop.");
        // The count is shown, not spoken at each key press.
        await Assertions.Expect(frame.GetByTestId("word-count")).ToHaveTextAsync("9 words");
        await Assertions.Expect(frame.Locator("[aria-live]#word-count, #word-count[role=status]")).ToHaveCountAsync(0);
        var notice = frame.Locator("#notice-region");
        await KeyboardFocus.TabToAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Count words" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(notice).ToHaveTextAsync("9 words");

        run.Step("save the draft with Enter on Save draft");
        var save = frame.GetByRole(AriaRole.Button, new() { Name = "Save draft" });
        await KeyboardFocus.TabUntilAsync(page, save, 5);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(notice).ToContainTextAsync("Draft saved at");
        await Assertions.Expect(notice).ToBeFocusedAsync();
        await Assertions.Expect(notice).ToHaveAttributeAsync("role", "status");
        await frame.Locator("#submission").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "student-work-draft-saved.png") });

        run.Step("submit with Enter on Submit your work");
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Submit your work" }), 30);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(notice).ToHaveTextAsync("Submitted attempt 1.");
        await Assertions.Expect(notice).ToBeFocusedAsync();
        await Assertions.Expect(frame.GetByTestId("history")).ToContainTextAsync("Attempt 1: Submitted");
        await Assertions.Expect(frame.GetByTestId("attempts")).ToHaveTextAsync("1");
        Assert.True(await sandbox.Frame.EvaluateAsync<bool>("() => window.stillThisPage === true"), "The page reloaded.");
        var work = frame.Locator("#submission");
        await work.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "student-work-submitted-1280.png") });
        await page.SetViewportSizeAsync(390, 844);
        await sandbox.ShowFrameAsync();
        await work.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "student-work-submitted-390.png") });
        Assert.Empty(sandbox.ScriptErrors);
    });
}
