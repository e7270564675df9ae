using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Tab_reaches_each_launch_link_in_order_and_Enter_launches() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
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
    });

    [Fact]
    public Task The_deep_linking_picker_is_filled_and_submitted_with_the_keyboard_alone() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        var keyboard = page.Keyboard;
        var picker = new DeepLinkingPicker(sandbox.ToolFrame);
        const string title = "Keyboard-placed interview";
        await sandbox.OpenAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.LaunchLink("Add content (deep linking, teacher)"), 10);
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(picker.AddToCourse).ToBeVisibleAsync();
        await sandbox.FrameReadyAsync();

        // From the launch link, on through the course page and into the frame, in reading order.
        await KeyboardFocus.TabUntilAsync(page, picker.Kind("An assessed assignment"), 30);
        await keyboard.PressAsync("Space");
        await Assertions.Expect(picker.Kind("An assessed assignment")).ToBeCheckedAsync();
        await KeyboardFocus.TabToAsync(page, picker.Kind("A pathway planner link"));
        await KeyboardFocus.TabToAsync(page, picker.Kind("A coordinator dashboard link"));
        await KeyboardFocus.TabToAsync(page, picker.Title);
        await keyboard.TypeAsync(title);
        await KeyboardFocus.TabToAsync(page, picker.Instructions);
        await keyboard.TypeAsync("Record a two-minute interview with your placement mentor.");
        await KeyboardFocus.TabToAsync(page, picker.SubmissionType("Essay (written in LtiPathways)"));
        await KeyboardFocus.TabToAsync(page, picker.SubmissionType("Video"));
        await keyboard.PressAsync("Space");
        await Assertions.Expect(picker.SubmissionType("Video")).ToBeCheckedAsync();
        await KeyboardFocus.TabToAsync(page, picker.SubmissionType("Audio or podcast"));
        await KeyboardFocus.TabToAsync(page, picker.SubmissionType("Link or blog"));
        await KeyboardFocus.TabToAsync(page, picker.SubmissionType("File upload"));
        await KeyboardFocus.TabToAsync(page, picker.Rubric);
        await keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(picker.Rubric).ToHaveValueAsync("Single-point essay");
        await KeyboardFocus.TabToAsync(page, picker.Points);
        await keyboard.TypeAsync("25");
        // The due date's own fields, the attempts, limits and late-work fields, and the other titles come next; the teacher tabs past them.
        await KeyboardFocus.TabUntilAsync(page, picker.AddToCourse, 40);
        await sandbox.ScreenshotAsync("keyboard-picker-filled");
        await keyboard.PressAsync("Enter");

        await sandbox.ExpectPlacedAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToContainTextAsync($"{title} (25 points)");
        Assert.Empty(sandbox.ScriptErrors);
    });

    [Fact]
    public Task The_teacher_reaches_and_presses_Release_with_the_keyboard() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        var keyboard = page.Keyboard;
        const string title = "Keyboard-graded reflection";
        await sandbox.OpenAsync();
        await sandbox.PlaceAssessedAsync(title, "20");
        await sandbox.LaunchPlacedAsync("Launch as student", title, "Student view");
        await sandbox.LaunchPlacedAsync("Launch as teacher", title, "Teacher view");

        // The class list runs alphabetically, three stops a student; Jordan Lee comes after the synced roster's first names.
        var points = sandbox.ToolFrame.GetByLabel("Points for Jordan Lee", new() { Exact = true });
        await KeyboardFocus.TabUntilAsync(page, points, 400);
        await keyboard.TypeAsync("19");
        await KeyboardFocus.TabToAsync(page, sandbox.ToolFrame.GetByLabel("Comment for Jordan Lee", new() { Exact = true }));
        await keyboard.TypeAsync("Clear and honest.");
        var release = sandbox.StudentRow("Jordan Lee").GetByRole(AriaRole.Button, new() { Name = "Release Jordan Lee's mark", Exact = true });
        await KeyboardFocus.TabToAsync(page, release);
        await keyboard.PressAsync("Space");

        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("notice"))
            .ToHaveTextAsync("Released to Jordan Lee; the grade is on its way to the LMS gradebook.");
        await Assertions.Expect(sandbox.ToolFrame.GetByLabel("Points for Jordan Lee", new() { Exact = true })).ToHaveValueAsync("19");
        await sandbox.ScreenshotAsync("keyboard-grade-released");
        await sandbox.ExpectAccessibleAsync("points view after a release");
        Assert.Empty(sandbox.ScriptErrors);
    });
}
