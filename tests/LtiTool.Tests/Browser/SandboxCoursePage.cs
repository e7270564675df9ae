using LtiPathways.LtiTool.Sandbox;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The sandbox course page in a browser tab, with the tool in its frame.</summary>
public sealed class SandboxCoursePage
{
    private readonly BrowserFixture browser;
    private readonly StepTrail steps;

    public SandboxCoursePage(IPage page, BrowserFixture browser, StepTrail steps)
    {
        Page = page;
        this.browser = browser;
        this.steps = steps;
        page.PageError += (_, error) => ScriptErrors.Add(error);
        PolicyViolations.ReportInto(page.Context, ScriptErrors);
        Requests = new RequestLog(page);
    }

    public RequestLog Requests { get; }

    public IPage Page { get; }

    /// <summary>Uncaught exceptions in the page or its frames; the storage scripts fail silently otherwise.</summary>
    public List<string> ScriptErrors { get; } = [];

    /// <summary>The document inside the frame named tool-frame.</summary>
    public ILocator ToolFrame => Page.FrameLocator("iframe[name=tool-frame]").Locator("body");

    /// <summary>
    /// The row of a student on the tool's grading page. The inner locator starts from the page, not the frame body,
    /// because a "has" locator is matched relative to the row.
    /// </summary>
    public ILocator StudentRow(string name) => ToolFrame.GetByRole(AriaRole.Row)
        .Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) });

    /// <summary>
    /// Scrolls the tool frame into the page's view: Chromium stops rendering a cross-site frame out of view, and an
    /// element screenshot waits for rendered frames (on a narrow page the course's stacked rows push the frame down).
    /// </summary>
    public Task ShowFrameAsync() => Page.Locator("iframe[name=tool-frame]").ScrollIntoViewIfNeededAsync();

    /// <summary>The tool frame itself, for waits and scripts; locate elements through <see cref="ToolFrame"/>.</summary>
    public IFrame Frame => Page.Frame("tool-frame") ?? throw new InvalidOperationException("The sandbox page has no tool frame.");

    public ILocator LaunchLink(string label) => Page.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });

    /// <summary>A launch link of an item placed by deep linking, such as "Launch as student: Reflection".</summary>
    public ILocator PlacementLink(string label, string title) =>
        Page.GetByRole(AriaRole.Link, new() { Name = $"{label}: {title}", Exact = true });

    /// <summary>
    /// Waits for the frame's document to have run its deferred scripts (session.js adds the token to links on click,
    /// submission.js wires the buttons). Call once an element of the new page is visible, so the document is the new one.
    /// </summary>
    public Task FrameReadyAsync() => Frame.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

    public async Task OpenAsync(bool offerStorage = true)
    {
        steps.Enter("open the sandbox course page");
        await Page.GotoAsync(browser.PlatformBase + "/sandbox" + (offerStorage ? "" : "?storage=off"));
        await Assertions.Expect(LaunchLink("Launch as teacher")).ToBeVisibleAsync();
        await Page.ExpectAccessibleAsync("sandbox course page");
    }

    public Task LaunchAsync(string label)
    {
        steps.Enter($"click \"{label}\"");
        return LaunchLink(label).ClickAsync();
    }

    /// <summary>
    /// Deep-links an assessed assignment as the teacher, sees the sandbox confirm it, and reloads the course page,
    /// where the placed item then has its launch links.
    /// </summary>
    public async Task PlaceAssessedAsync(string title, string points, params string[] types)
    {
        steps.Enter($"place the assessed assignment \"{title}\" by deep linking");
        await LaunchAsync("Add content (deep linking, teacher)");
        var picker = new DeepLinkingPicker(ToolFrame);
        await Assertions.Expect(picker.AddToCourse).ToBeVisibleAsync();
        await FrameReadyAsync();
        await this.ExpectAccessibleAsync("deep linking picker");
        await picker.FillAssessedAsync(title, points, types);
        await picker.AddToCourse.ClickAsync();
        await ExpectPlacedAsync(title);
    }

    /// <summary>Deep-links an essay assignment marked with the CTE employability rubric (five criteria, 20 points).</summary>
    public async Task PlaceRubricAssignmentAsync(string title)
    {
        steps.Enter($"place the rubric assignment \"{title}\" by deep linking");
        await LaunchAsync("Add content (deep linking, teacher)");
        var picker = new DeepLinkingPicker(ToolFrame);
        await Assertions.Expect(picker.AddToCourse).ToBeVisibleAsync();
        await FrameReadyAsync();
        await picker.FillAssessedAsync(title, "20", "Essay (written in LtiPathways)");
        await picker.Rubric.SelectOptionAsync(new SelectOptionValue { Label = "CTE employability skills" });
        await picker.AddToCourse.ClickAsync();
        await ExpectPlacedAsync(title);
    }

    /// <summary>The sandbox's deep linking return page confirms the item; the reloaded course page lists it.</summary>
    public async Task ExpectPlacedAsync(string title)
    {
        steps.Enter($"see \"{title}\" placed in the course");
        await Assertions.Expect(ToolFrame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Added to " + SandboxCourse.Title);
        await Assertions.Expect(ToolFrame.GetByTestId("placements-added")).ToContainTextAsync(title);
        await this.ExpectAccessibleAsync("deep linking return page");
        await Page.ReloadAsync();
        await Assertions.Expect(PlacementLink("Launch as student", title)).ToBeVisibleAsync();
    }

    /// <summary>Launches a placed assignment and waits for the tool's page for that member (grading or grade page).</summary>
    public async Task LaunchPlacedAsync(string label, string title, string view)
    {
        steps.Enter($"launch \"{label}: {title}\" and land on the {view}");
        await PlacementLink(label, title).ClickAsync();
        await Assertions.Expect(ToolFrame.GetByTestId("view")).ToHaveTextAsync($"{view} · {SandboxCourse.Title}");
        await Assertions.Expect(ToolFrame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await FrameReadyAsync();
        await this.ExpectAccessibleAsync($"assignment page ({view})");
    }

    /// <summary>Launches a placed assignment as the student and follows "Open your submission".</summary>
    public async Task OpenSubmissionAsStudentAsync(string title)
    {
        await LaunchPlacedAsync("Launch as student", title, "Student view");
        steps.Enter($"open the student's submission page of \"{title}\"");
        await ToolFrame.GetByRole(AriaRole.Link, new() { Name = "Open your submission" }).ClickAsync();
        await Assertions.Expect(ToolFrame.GetByText("Your submission", new() { Exact = true })).ToBeVisibleAsync();
        await FrameReadyAsync();
        await this.ExpectAccessibleAsync("student's submission page");
    }

    /// <summary>On the teacher's rubric grading view, chooses a student from the class list and waits for their rubric.</summary>
    public async Task OpenRubricOfAsync(string student)
    {
        steps.Enter($"open {student}'s rubric from the class list");
        await ToolFrame.GetByRole(AriaRole.Navigation, new() { Name = "Students" })
            .GetByRole(AriaRole.Link, new() { Name = student, Exact = true }).ClickAsync();
        await Assertions.Expect(ToolFrame.Locator("#student-title")).ToContainTextAsync(student);
        await FrameReadyAsync();
        await this.ExpectAccessibleAsync("teacher's rubric view");
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>The frame lands on the member's view after a launch.</summary>
    public async Task ExpectToolLandedAsync(string view, string name)
    {
        steps.Enter($"land in the tool as {name} ({view})");
        await ExpectLandedAsync(ToolFrame, view, name);
        await FrameReadyAsync();
        await this.ExpectAccessibleAsync($"course landing page ({view})");
    }

    /// <summary>What a launch ends on: the member's view of the course.</summary>
    public static async Task ExpectLandedAsync(ILocator document, string view, string name)
    {
        await Assertions.Expect(document.GetByTestId("view")).ToHaveTextAsync(view);
        await Assertions.Expect(document.GetByTestId("user-name")).ToHaveTextAsync(name);
        await Assertions.Expect(document.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SandboxCourse.Title);
    }
}
