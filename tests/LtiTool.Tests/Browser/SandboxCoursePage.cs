using LtiPathways.LtiTool.Sandbox;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The sandbox course page in a browser tab, with the tool in its frame.</summary>
public sealed class SandboxCoursePage
{
    private readonly BrowserFixture browser;

    public SandboxCoursePage(IPage page, BrowserFixture browser)
    {
        Page = page;
        this.browser = browser;
        page.PageError += (_, error) => ScriptErrors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Uncaught exceptions in the page or its frames; the storage scripts fail silently otherwise.</summary>
    public List<string> ScriptErrors { get; } = [];

    /// <summary>The document inside the frame named tool-frame.</summary>
    public ILocator ToolFrame => Page.FrameLocator("iframe[name=tool-frame]").Locator("body");

    public ILocator LaunchLink(string label) => Page.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });

    public async Task OpenAsync(bool offerStorage = true)
    {
        await Page.GotoAsync(browser.PlatformBase + "/sandbox" + (offerStorage ? "" : "?storage=off"));
        await Assertions.Expect(LaunchLink("Launch as teacher")).ToBeVisibleAsync();
    }

    public Task LaunchAsync(string label) => LaunchLink(label).ClickAsync();

    /// <summary>The frame lands on the member's view; when it does not, a screenshot and the frames' URLs say where it stopped.</summary>
    public async Task ExpectToolLandedAsync(string view, string name)
    {
        try
        {
            await ExpectLandedAsync(ToolFrame, view, name);
        }
        catch (PlaywrightException exception)
        {
            var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"failed-{Guid.NewGuid():N}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            var frames = string.Join(", ", Page.Frames.Select(f => $"{f.Name}={f.Url}"));
            throw new InvalidOperationException($"The tool did not land. Frames: {frames}. Screenshot: {path}", exception);
        }
    }

    /// <summary>What a launch ends on: the member's view of the course.</summary>
    public static async Task ExpectLandedAsync(ILocator document, string view, string name)
    {
        await Assertions.Expect(document.GetByTestId("view")).ToHaveTextAsync(view);
        await Assertions.Expect(document.GetByTestId("user-name")).ToHaveTextAsync(name);
        await Assertions.Expect(document.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SandboxCourse.Title);
    }
}
