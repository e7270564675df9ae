using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// One tool on Kestrel and one Debian chromium per test class. The sandbox is opened on 127.0.0.1 and frames the tool
/// on localhost, so the tool is a third party to the page, as it is inside a real LMS.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    // A launch is four navigations and two form posts in the frame; on a loaded two-core machine that can take over 15 s.
    public const float Timeout = 20_000;

    /// <summary>A whole browser test, however slow the machine; past it the test fails by name instead of stalling the run.</summary>
    public const int TestTimeout = 240_000;

    private readonly KestrelToolFactory tool = new();
    private IPlaywright playwright = default!;
    private IBrowser browser = default!;

    public string PlatformBase { get; private set; } = "";

    public string ToolBase { get; private set; } = "";

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "browser-screenshots");

    /// <summary>Settings and services of the tool before it starts; the default keeps the test clock and no delivery loop.</summary>
    protected virtual void ConfigureTool(KestrelToolFactory factory)
    {
    }

    /// <summary>Chromium switches a fixture adds to the common ones.</summary>
    protected virtual IEnumerable<string> ExtraBrowserArgs => [];

    public async Task InitializeAsync()
    {
        ConfigureTool(tool);
        var port = tool.Start();
        PlatformBase = $"http://127.0.0.1:{port}";
        ToolBase = $"http://localhost:{port}";
        Assertions.SetDefaultExpectTimeout(Timeout);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Timeout = 30_000,
            Args =
            [
                "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-gpu", "--no-first-run",
                // localhost may resolve to ::1 first, and Kestrel listens on 127.0.0.1 only.
                "--host-resolver-rules=MAP localhost 127.0.0.1",
                // Playwright's contexts are off the record, where Chrome blocks third-party cookies already; this makes it explicit.
                "--test-third-party-cookie-phaseout",
                .. ExtraBrowserArgs,
            ],
        });
    }

    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(Timeout);
        return context;
    }

    public async Task DisposeAsync()
    {
        // A browser that does not answer its close (seen once, rarely) must not hold the whole test run.
        try
        {
            await browser.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
        }

        playwright.Dispose();
        await tool.DisposeAsync();
    }
}
