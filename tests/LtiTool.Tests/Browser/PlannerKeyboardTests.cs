using LtiPathways.LtiTool.Sandbox;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The pathway planner inside the sandbox frame, with the keyboard alone; the screenshots go into the README.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlannerKeyboardTests(PlannerBrowserFixture browser) : IClassFixture<PlannerBrowserFixture>
{
    private const string Planner = SandboxPlannerLink.Title;

    [Fact]
    public Task A_new_student_picks_the_combined_template_and_logs_hours_with_the_keyboard() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        await sandbox.OpenAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.PlacementLink("Launch as student", Planner), 20);
        await page.Keyboard.PressAsync("Enter");

        var combined = sandbox.ToolFrame.GetByRole(AriaRole.Link, new() { Name = "IB Career-related Programme with CTE" });
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("view")).ToHaveTextAsync("Pathway planner · step 1 of 2");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, combined, 40);
        await page.Keyboard.PressAsync("Enter");

        var start = sandbox.ToolFrame.GetByRole(AriaRole.Button, new() { Name = "Start my plan" });
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("asks")).ToContainTextAsync("Personal and Professional Skills");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, start, 40);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("notice")).ToContainTextAsync("Your plan is started");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.ToolFrame.Locator("summary", new() { HasText = "Log hours" }), 80);
        await page.Keyboard.PressAsync("Enter");
        await KeyboardFocus.TabToAsync(page, sandbox.ToolFrame.Locator("#hours-date"));
        await KeyboardFocus.TabUntilAsync(page, sandbox.ToolFrame.Locator("#hours-hours"), 4);
        await page.Keyboard.TypeAsync("2.5");
        await KeyboardFocus.TabToAsync(page, sandbox.ToolFrame.Locator("#hours-kind"));
        await KeyboardFocus.TabToAsync(page, sandbox.ToolFrame.Locator("#hours-activity"));
        await page.Keyboard.TypeAsync("Team-working workshop");
        await KeyboardFocus.TabToAsync(page, sandbox.ToolFrame.Locator("#hours-supervisor"));
        await page.Keyboard.TypeAsync("Ms Rivera");
        await KeyboardFocus.TabToAsync(page, sandbox.ToolFrame.GetByRole(AriaRole.Button, new() { Name = "Log hours" }));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("notice")).ToContainTextAsync("Saved as a new version");
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("hour-totals")).ToContainTextAsync("2.5 h PPS guided");
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("version")).ToHaveTextAsync("2");
        await sandbox.ScreenshotAsync("planner-student");
        await sandbox.ExpectAccessibleAsync("student plan");
        await ToolPageScreenshotAsync(sandbox, "planner-student-plan");

        await AddEditAndRemoveAGoalAsync(sandbox);
        Assert.Empty(sandbox.ScriptErrors);
    });

    /// <summary>A goal added, edited in place and removed after its question, with Tab, typing and Enter alone.</summary>
    private static async Task AddEditAndRemoveAGoalAsync(SandboxCoursePage sandbox)
    {
        var page = sandbox.Page;
        var frame = sandbox.ToolFrame;
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("summary", new() { HasText = "Add a goal" }), 80);
        await page.Keyboard.PressAsync("Enter");
        await KeyboardFocus.TabToAsync(page, frame.Locator("#goals-text"));
        await page.Keyboard.TypeAsync("Practise interviews");
        await KeyboardFocus.TabToAsync(page, frame.Locator("#goals-measure"));
        await page.Keyboard.TypeAsync("Three mock interviews");
        await KeyboardFocus.TabToAsync(page, frame.Locator("#goals-targetDate"));
        await page.Keyboard.TypeAsync("06012099");
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Add goal" }), 4);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByTestId("goals")).ToContainTextAsync("Practise interviews");

        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("summary", new() { HasText = "Edit goal" }), 80);
        await page.Keyboard.PressAsync("Enter");
        await KeyboardFocus.TabToAsync(page, frame.Locator(".item-form[open] input[name$='-text']"));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Practise job interviews");
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Save changes" }), 6);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByTestId("goals")).ToContainTextAsync("Practise job interviews");

        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("summary", new() { HasText = "Remove goal" }), 80);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByText("Remove goal “Practise job interviews” from your plan?")).ToBeVisibleAsync();
        await KeyboardFocus.TabToAsync(page, frame.GetByRole(AriaRole.Button, new() { Name = "Yes, remove goal “Practise job interviews”" }));
        await sandbox.ScreenshotAsync("planner-remove-goal");
        await sandbox.ExpectAccessibleAsync("plan with a removal question");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByTestId("notice")).ToContainTextAsync("Removed");
        await Assertions.Expect(frame.GetByTestId("goals")).Not.ToContainTextAsync("Practise job interviews");
    }

    [Fact]
    public Task The_advisor_opens_the_caseload_sorts_it_and_signs_a_plan_with_the_keyboard() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        await sandbox.OpenAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.PlacementLink("Launch as teacher", Planner), 20);
        await page.Keyboard.PressAsync("Enter");

        var caseload = sandbox.ToolFrame.GetByTestId("caseload");
        await Assertions.Expect(caseload).ToContainTextAsync("Amara Abebe");
        await Assertions.Expect(caseload).ToContainTextAsync("Ben Abebe");
        await Assertions.Expect(caseload).ToContainTextAsync("Chloé Abebe");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.ToolFrame.GetByRole(AriaRole.Link, new() { Name = "status (worst first)" }), 40);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(sandbox.ToolFrame.GetByText("· status (worst first)")).ToBeVisibleAsync();
        await sandbox.ScreenshotAsync("planner-caseload");
        await sandbox.ExpectAccessibleAsync("advisor caseload, sorted");
        await ToolPageScreenshotAsync(sandbox, "planner-caseload-page");

        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.ToolFrame.GetByRole(AriaRole.Link, new() { Name = "Amara Abebe", Exact = true }), 40);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(sandbox.ToolFrame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Amara Abebe");
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("sign-offs")).ToContainTextAsync("the plan has changed since");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.ToolFrame.Locator("summary", new() { HasText = "Sign version" }), 120);
        await page.Keyboard.PressAsync("Enter");
        await KeyboardFocus.TabToAsync(page, sandbox.ToolFrame.GetByLabel("Advisor or coordinator"));
        await KeyboardFocus.TabUntilAsync(page, sandbox.ToolFrame.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }), 3);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("sign-offs")).ToContainTextAsync("Signed by Alex Rivera (advisor or coordinator)");
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("sign-offs")).ToContainTextAsync("for this version");
        await sandbox.ScreenshotAsync("planner-advisor-plan");
        await sandbox.ExpectAccessibleAsync("advisor plan, signed");
        await ToolPageScreenshotAsync(sandbox, "planner-advisor-plan-page");
        await ToolPageScreenshotAsync(sandbox, "planner-print", Microsoft.Playwright.Media.Print);
        Assert.Empty(sandbox.ScriptErrors);
    });

    /// <summary>The framed page on a tab of its own (its address carries the session), whole, for the README.</summary>
    private static async Task ToolPageScreenshotAsync(SandboxCoursePage sandbox, string name, Microsoft.Playwright.Media media = Microsoft.Playwright.Media.Screen)
    {
        var tab = await sandbox.Page.Context.NewPageAsync();
        await tab.EmulateMediaAsync(new() { Media = media });
        await tab.GotoAsync(sandbox.Frame.Url);
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        await tab.CloseAsync();
    }
}
