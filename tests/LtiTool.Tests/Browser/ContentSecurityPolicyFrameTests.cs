using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Issue 11, finding 3: inside the LMS frame the tool's policy holds, and the browser tests notice what it blocks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyFrameTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task In_the_frame_inline_script_and_remote_images_are_blocked_and_reported() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        await sandbox.OpenAsync();
        await sandbox.LaunchAsync("Launch as teacher");
        await sandbox.ExpectToolLandedAsync("Teacher view", "Alex Rivera");
        await sandbox.FrameReadyAsync();
        Assert.Empty(sandbox.ScriptErrors);

        // As if a sanitiser let script and a tracking image through into a teacher's page.
        var ran = await sandbox.Frame.EvaluateAsync<bool>("""
            () => {
              window.inlineRan = false;
              const script = document.createElement("script");
              script.textContent = "window.inlineRan = true";
              document.body.append(script);
              const image = document.createElement("img");
              image.src = "https://tracker.example/pixel.png";
              document.body.append(image);
              return window.inlineRan;
            }
            """);

        Assert.False(ran);
        await WaitForAsync(() => sandbox.ScriptErrors.Count >= 2);
        Assert.Contains(sandbox.ScriptErrors, e => e.Contains("inline script", StringComparison.Ordinal));
        Assert.Contains(sandbox.ScriptErrors, e => e.Contains("https://tracker.example/pixel.png", StringComparison.Ordinal));
    });

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < BrowserFixture.Timeout; waited += 100)
        {
            await Task.Delay(100);
        }
    }
}
