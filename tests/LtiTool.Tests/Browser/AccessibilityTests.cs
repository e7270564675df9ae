using LtiPathways.LtiTool.Sandbox;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// Issue 16's checks of every main page inside the sandbox's cross-site frame: axe at WCAG 2.2 AA, and reflow at 320 CSS
/// pixels without sideways scrolling, in the frame and in the course page around it. Pages the other browser tests
/// reach are checked there (<see cref="AccessibilityCheck"/>); these tests visit the rest once each.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(PlannerBrowserFixture browser) : IClassFixture<PlannerBrowserFixture>
{
    private const string Title = "Accessible safety log";

    [Fact]
    public Task The_marking_pages_pass_axe_and_reflow_at_320_pixels() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var frame = sandbox.ToolFrame;
        await sandbox.OpenAsync();
        await sandbox.PlaceRubricAssignmentAsync(Title);
        await ExpectReflowAsync(run, "sandbox course page with a placement");

        await sandbox.OpenSubmissionAsStudentAsync(Title);
        await ExpectReflowAsync(run, "student's submission page");
        await frame.GetByLabel("Your essay").FillAsync("I checked the guards before each session.");
        await Assertions.Expect(frame.GetByTestId("save-state")).ToContainTextAsync("Saved automatically at");
        await sandbox.Page.RunAndWaitForResponseAsync(
            () => frame.GetByRole(AriaRole.Button, new() { Name = "Submit your work" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/submission/hand-in", StringComparison.Ordinal));
        await Assertions.Expect(frame.GetByTestId("history")).ToContainTextAsync("Attempt 1: Submitted");
        await sandbox.FrameReadyAsync();
        await CheckAsync(run, "student's submission page, handed in");

        await sandbox.LaunchPlacedAsync("Launch as teacher", Title, "Teacher view");
        await ExpectReflowAsync(run, "teacher's rubric view");
        await sandbox.OpenRubricOfAsync("Jordan Lee");
        await CheckAsync(run, "teacher's rubric view of a student");

        await VisitAsync(run, "/app/assessments/report", "class report");
        await VisitAsync(run, "/app/assessments/settings", "assessment settings");
        await VisitAsync(run, "/app/rubrics", "rubric library");
        await frame.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        await VisitAsync(run, "/admin/registrations", "refusal page (registrations for a teacher)");
        Assert.Empty(sandbox.ScriptErrors);
    });

    [Fact]
    public Task The_planner_dashboard_and_partnership_pages_pass_axe_and_reflow_at_320_pixels() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var frame = sandbox.ToolFrame;
        await sandbox.OpenAsync();

        run.Step("the advisor's caseload and a plan");
        await sandbox.PlacementLink("Launch as teacher", SandboxPlannerLink.Title).ClickAsync();
        await Assertions.Expect(frame.GetByTestId("caseload")).ToContainTextAsync("Amara Abebe");
        await sandbox.FrameReadyAsync();
        await CheckAsync(run, "advisor's caseload");
        await frame.GetByRole(AriaRole.Link, new() { Name = "Amara Abebe", Exact = true }).ClickAsync();
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Amara Abebe");
        await sandbox.FrameReadyAsync();
        await CheckAsync(run, "advisor's view of a plan");

        run.Step("the coordinator's dashboard, impact, partnerships and modules");
        await sandbox.PlacementLink("Launch as coordinator", SandboxPlannerLink.Title).ClickAsync();
        await frame.GetByRole(AriaRole.Link, new() { Name = "Coordinator dashboard" }).ClickAsync();
        await Assertions.Expect(frame.GetByTestId("view")).ToHaveTextAsync("Coordinator · dashboard");
        await sandbox.FrameReadyAsync();
        await CheckAsync(run, "coordinator dashboard");
        await VisitAsync(run, "/app/dashboards/impact", "impact over time");
        await VisitAsync(run, "/app/partnerships", "partnerships");
        await frame.Locator("main a[href*='/providers/']").First.ClickAsync();
        // The page's own address tells the provider's document from the list's, which is still there for a moment.
        await sandbox.Frame.WaitForURLAsync(url => url.Contains("/providers/", StringComparison.Ordinal));
        await sandbox.FrameReadyAsync();
        await CheckAsync(run, "partnership provider");
        await VisitAsync(run, "/app/modules", "modules");

        run.Step("a demo student's plan and conference reel");
        var (student, programme) = SandboxPlannerLink.DemoPeople().Last();
        await sandbox.PlacementLink($"Launch as {student.Name} ({programme})", SandboxPlannerLink.Title).ClickAsync();
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(student.Name);
        await sandbox.FrameReadyAsync();
        await CheckAsync(run, "student's plan");
        await frame.GetByRole(AriaRole.Link, new() { Name = "Conference reel" }).ClickAsync();
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your conference reel");
        await sandbox.FrameReadyAsync();
        await CheckAsync(run, "conference reel");

        run.Step("the outside mentor's signed link at the top level");
        await run.Page.GotoAsync(browser.PlatformBase + "/sandbox/outside-mentor");
        await Assertions.Expect(run.Page.GetByTestId("holder")).ToBeVisibleAsync();
        await run.Page.ExpectAccessibleAsync("outside mentor's signed link page");
        await ExpectReflowAsync(run, "outside mentor's signed link page");
        Assert.Empty(sandbox.ScriptErrors);
    });

    [Fact]
    public Task The_check_fails_on_a_framed_page_with_an_unlabelled_image_and_field() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        await sandbox.OpenAsync();
        await sandbox.LaunchAsync("Launch as teacher");
        await sandbox.ExpectToolLandedAsync("Teacher view", "Alex Rivera");
        await sandbox.Frame.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"data:,\"><input type=\"text\">')");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => sandbox.ExpectAccessibleAsync("landing page with a planted violation"));
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<img src=\"data:,\">", failure.Message, StringComparison.Ordinal);
    });

    /// <summary>Opens a page of the tool in the frame with the current session, then checks it.</summary>
    private async Task VisitAsync(BrowserRun run, string path, string pageKind)
    {
        run.Step($"open the {pageKind}");
        var token = await run.Sandbox.Frame.Locator("meta[name=lti-session]").GetAttributeAsync("content");
        await run.Sandbox.Frame.GotoAsync($"{browser.ToolBase}{path}?session={Uri.EscapeDataString(token!)}");
        await run.Sandbox.ToolFrame.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        await CheckAsync(run, pageKind);
    }

    private static async Task CheckAsync(BrowserRun run, string pageKind)
    {
        await run.Sandbox.ExpectAccessibleAsync(pageKind);
        await ExpectReflowAsync(run, pageKind);
    }

    /// <summary>WCAG 1.4.10: at 320 CSS pixels wide nothing scrolls sideways, neither the course page nor the tool's document in it.</summary>
    private static async Task ExpectReflowAsync(BrowserRun run, string pageKind)
    {
        run.Step($"reflow the {pageKind} at 320 pixels");
        await run.Page.SetViewportSizeAsync(320, 800);
        try
        {
            const string overflow = """
                () => {
                  const root = document.documentElement;
                  if (root.scrollWidth <= root.clientWidth) return '';
                  const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                    .slice(0, 5).map(e => e.outerHTML.slice(0, 120));
                  return `${location.pathname}: ${root.scrollWidth} px wide in ${root.clientWidth}; ${wide.join(' | ')}`;
                }
                """;
            var documents = new List<IFrame> { run.Page.MainFrame };
            if (run.Page.Frame("tool-frame") is { } tool && tool.Url.StartsWith("http", StringComparison.Ordinal))
            {
                documents.Add(tool);
            }

            foreach (var document in documents)
            {
                var problem = await document.EvaluateAsync<string>(overflow);
                Assert.True(problem.Length == 0, $"The {pageKind} scrolls sideways at 320 CSS pixels: {problem}");
            }
        }
        finally
        {
            await run.Page.SetViewportSizeAsync(1280, 900);
        }
    }
}
