using LtiPathways.LtiTool.Sandbox;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>A student opens the workplace safety module from a new CTE plan and answers its quiz with the keyboard alone, inside the sandbox frame.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ModuleKeyboardTests(PlannerBrowserFixture browser) : IClassFixture<PlannerBrowserFixture>
{
    [Fact]
    public Task A_student_reads_checks_an_answer_and_passes_the_quiz_with_the_keyboard() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var (page, frame) = (sandbox.Page, sandbox.ToolFrame);
        await sandbox.OpenAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.PlacementLink("Launch as student", SandboxPlannerLink.Title), 20);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByTestId("view")).ToHaveTextAsync("Pathway planner · step 1 of 2");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Link, new() { Name = "CTE Individualized Learning Plan" }), 40);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByTestId("asks")).ToContainTextAsync("Workplace safety module");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Start my plan" }), 40);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(frame.Locator("[data-requirement='workplace-safety-module']")).ToContainTextAsync("0 of 5 steps done");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Link, new() { Name = "Workplace safety basics", Exact = true }), 120);
        await page.Keyboard.PressAsync("Enter");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.GetByTestId("continue"), 20);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hazards and how we control them");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "I have read this – next step" }), 20);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check: hazards and controls");
        await sandbox.FrameReadyAsync();
        // A wrong answer first, checked on its own: the feedback appears under the question without a reload.
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#hazard-or-risk-a"), 20);
        await page.Keyboard.PressAsync("ArrowDown");
        await KeyboardFocus.TabToAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Check this answer" }).First);
        await page.Keyboard.PressAsync("Enter");
        var feedback = frame.Locator("[data-feedback='hazard-or-risk']");
        await Assertions.Expect(feedback).ToContainTextAsync("Not quite: the right answer is “a hazard”.");
        await Assertions.Expect(feedback).ToContainTextAsync("The box is something that could cause harm");
        await sandbox.ScreenshotAsync("module-quiz-feedback");
        await sandbox.ExpectAccessibleAsync("module quiz with feedback");

        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(frame.Locator("#hazard-or-risk-a")).ToBeCheckedAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#first-control-a"), 6);
        await page.Keyboard.PressAsync("ArrowDown");
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#ppe-last-a"), 6);
        await page.Keyboard.PressAsync("Space");
        await KeyboardFocus.TabToAsync(page, frame.Locator("#ppe-last-b"));
        await page.Keyboard.PressAsync("Space");
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#stop-work-a"), 6);
        await page.Keyboard.PressAsync("ArrowDown");
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Hand in the quiz" }), 6);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(frame.GetByTestId("quiz-result")).ToContainTextAsync("4 of 4 right: passed");
        await Assertions.Expect(frame.Locator("[data-feedback='ppe-last']")).ToContainTextAsync("Right.");
        await sandbox.ScreenshotAsync("module-quiz-passed");
        await sandbox.ExpectAccessibleAsync("module quiz passed");
        Assert.Empty(sandbox.ScriptErrors);
    });
}
