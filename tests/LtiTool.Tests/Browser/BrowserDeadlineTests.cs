using System.Diagnostics;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// The browser harness itself: a driver that dies or stops answering in the middle of a test fails that test by name
/// within its deadline, and the next test gets a working browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserDeadlineTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan ShortDeadline = TimeSpan.FromSeconds(30);

    // Long enough to open the sandbox on a busy machine, short enough that waiting it out costs the suite little.
    private static readonly TimeSpan SilentDeadline = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task A_test_whose_driver_is_killed_mid_launch_fails_by_name_and_the_next_test_passes()
    {
        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<BrowserTestFailure>(() => browser.RunAsync(
            async run =>
            {
                await run.Sandbox.OpenAsync();
                await run.Sandbox.LaunchAsync("Launch as teacher");
                run.Step("wait for the launch while the driver is killed");
                browser.Driver!.Kill();
                await run.Sandbox.ExpectToolLandedAsync("Teacher view", "Alex Rivera");
            },
            ShortDeadline,
            "killed-driver-victim"));

        Assert.True(clock.Elapsed < ShortDeadline, $"The failure took {clock.Elapsed}.");
        Assert.StartsWith("Browser test killed-driver-victim ", failure.Message, StringComparison.Ordinal);
        Assert.True(
            failure.Message.Contains("in step \"land in the tool as Alex Rivera", StringComparison.Ordinal)
            || failure.Message.Contains("in step \"wait for the launch while the driver is killed", StringComparison.Ordinal),
            failure.Message);
        await LaunchLandsAsync();
    }

    /// <summary>A stopped driver answers nothing and does not exit: only the deadline can end the test.</summary>
    [Fact]
    public async Task A_test_whose_driver_stops_answering_fails_by_name_at_its_deadline_and_the_next_test_passes()
    {
        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<BrowserTestFailure>(() => browser.RunAsync(
            async run =>
            {
                await run.Sandbox.OpenAsync();
                run.Step("launch while the driver is stopped");
                using (var stop = Process.Start("kill", ["-STOP", browser.Driver!.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                {
                    await stop.WaitForExitAsync();
                }

                await run.Sandbox.LaunchAsync("Launch as teacher");
            },
            SilentDeadline,
            "silent-driver-victim"));

        Assert.InRange(clock.Elapsed, SilentDeadline, SilentDeadline + TimeSpan.FromSeconds(30));
        Assert.True(failure.Message.StartsWith("Browser test silent-driver-victim ran past its deadline of 12 s", StringComparison.Ordinal), failure.Message);
        Assert.True(failure.Message.Contains("in step \"click \"Launch as teacher\"\"", StringComparison.Ordinal), failure.Message);
        Assert.True(failure.Message.Contains("Tool log (last lines)", StringComparison.Ordinal), failure.Message);
        await LaunchLandsAsync();
    }

    private Task LaunchLandsAsync() => browser.RunAsync(async run =>
    {
        await run.Sandbox.OpenAsync();
        await run.Sandbox.LaunchAsync("Launch as teacher");
        await run.Sandbox.ExpectToolLandedAsync("Teacher view", "Alex Rivera");
    });
}
