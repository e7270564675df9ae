using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// One tool on Kestrel and one Debian chromium per test class. The sandbox is opened on 127.0.0.1 and frames the tool
/// on localhost, so the tool is a third party to the page, as it is inside a real LMS. Tests reach the browser only
/// through <see cref="RunAsync"/>, which holds each of them to a deadline that does not depend on Playwright answering.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    // A launch is four navigations and two form posts in the frame; on a loaded two-core machine that can take over 15 s.
    public const float Timeout = 20_000;

    /// <summary>A whole browser test, however slow the machine; past it the test fails by name and the browser is replaced.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CloseLimit = TimeSpan.FromSeconds(10);

    private readonly KestrelToolFactory tool = new();
    private PlaywrightDriver? driver;
    private IBrowser? browser;

    public string PlatformBase { get; private set; } = "";

    public string ToolBase { get; private set; } = "";

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "browser-screenshots");

    /// <summary>The driver of the browser the next test gets; tests of the harness itself stop or kill it.</summary>
    public PlaywrightDriver? Driver => driver;

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
        await StartBrowserAsync();
    }

    /// <summary>
    /// Runs one browser test on a new context. It fails, naming the test and the step it was in, with a screenshot and the
    /// tool's log tail, when it throws, when the Playwright driver exits, or when it runs past its deadline; in the last
    /// two cases the driver and its browser are torn down and the next test starts on new ones.
    /// </summary>
    public async Task RunAsync(Func<BrowserRun, Task> test, TimeSpan? deadline = null, [CallerMemberName] string name = "")
    {
        var limit = deadline ?? Deadline;
        var steps = new StepTrail();
        steps.Enter("open a browser context");
        var (context, sandbox) = await OpenAsync(steps);
        var running = driver!;
        var body = test(new BrowserRun(context, sandbox, steps));
        var finished = await Task.WhenAny(body, running.Exited, Task.Delay(limit));
        if (finished == body && body.IsCompletedSuccessfully)
        {
            await CloseAsync(context);
            return;
        }

        var reason = finished == body ? "failed"
            : finished == running.Exited ? "lost its Playwright driver (the process exited)"
            : $"ran past its deadline of {limit.TotalSeconds:0} s";
        var screenshot = running.IsAlive ? await TryScreenshotAsync(sandbox, name) : "none (no driver)";
        if (finished == body)
        {
            await CloseAsync(context);
        }
        else
        {
            // The abandoned body may still be awaiting the driver; once the driver is gone it never completes, which is fine.
            _ = body.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            await TearDownBrowserAsync();
        }

        throw new BrowserTestFailure(
            $"Browser test {name} {reason} after {steps.Elapsed.TotalSeconds:0.0} s, in step {steps.Current}."
            + $"{Environment.NewLine}Steps before: {steps.Earlier}"
            + $"{Environment.NewLine}Frame: {FrameAddress(sandbox)}. Slow requests: {sandbox.Requests.Slow(TimeSpan.FromSeconds(2))}"
            + $"{Environment.NewLine}Screenshot: {screenshot}"
            + $"{Environment.NewLine}Tool log (last lines):{Environment.NewLine}{tool.LogTail.Text()}",
            finished == body ? body.Exception?.GetBaseException() : null);
    }

    public async Task DisposeAsync()
    {
        await TearDownBrowserAsync();
        await tool.DisposeAsync();
    }

    /// <summary>A new context and page; a browser that does not answer within the limit is replaced once.</summary>
    private async Task<(IBrowserContext, SandboxCoursePage)> OpenAsync(StepTrail steps)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (driver is not { IsAlive: true } || browser is not { IsConnected: true })
                {
                    await ReplaceBrowserAsync();
                }

                var context = await browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } })
                    .WaitAsync(StartLimit);
                context.SetDefaultTimeout(Timeout);
                context.SetDefaultNavigationTimeout(Timeout);
                var page = await context.NewPageAsync().WaitAsync(StartLimit);
                return (context, new SandboxCoursePage(page, this, steps));
            }
            catch (Exception exception) when (attempt == 1 && exception is TimeoutException or PlaywrightException)
            {
                await ReplaceBrowserAsync();
            }
        }
    }

    private async Task StartBrowserAsync()
    {
        driver = await PlaywrightDriver.StartAsync(StartLimit);
        browser = await driver.Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Timeout = (float)StartLimit.TotalMilliseconds,
            Args =
            [
                "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-gpu", "--no-first-run",
                // The frame moves between the sandbox (127.0.0.1) and the tool (localhost) several times a launch. With site
                // isolation each move swaps it between renderer processes, and on a starved machine Playwright loses the
                // frame in that swap (it reported no tool frame while the screenshot showed it). Cookies and storage are
                // still third-party: that follows the top-level site, not the process.
                "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process",
                // localhost may resolve to ::1 first, and Kestrel listens on 127.0.0.1 only.
                "--host-resolver-rules=MAP localhost 127.0.0.1",
                // Playwright's contexts are off the record, where Chrome blocks third-party cookies already; this makes it explicit.
                "--test-third-party-cookie-phaseout",
                .. ExtraBrowserArgs,
            ],
        }).WaitAsync(StartLimit);
    }

    private async Task ReplaceBrowserAsync()
    {
        await TearDownBrowserAsync();
        await StartBrowserAsync();
    }

    private async Task TearDownBrowserAsync()
    {
        var old = driver;
        driver = null;
        browser = null;
        if (old is not null)
        {
            await old.DisposeAsync();
        }
    }

    private static async Task CloseAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync().WaitAsync(CloseLimit);
        }
        catch (Exception exception) when (exception is TimeoutException or PlaywrightException)
        {
            // The next test checks the browser before it uses it.
        }
    }

    private static async Task<string> TryScreenshotAsync(SandboxCoursePage sandbox, string name)
    {
        var path = Path.Combine(ScreenshotFolder, $"failed-{name}-{Guid.NewGuid():N}.png");
        try
        {
            await sandbox.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 5_000 }).WaitAsync(CloseLimit);
            return path;
        }
        catch (Exception exception) when (exception is TimeoutException or PlaywrightException)
        {
            return $"none ({exception.GetType().Name})";
        }
    }

    private static string FrameAddress(SandboxCoursePage sandbox) =>
        sandbox.Page.Frame("tool-frame")?.Url.Split('?')[0] ?? "no tool frame";
}
