using System.Diagnostics;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// A Playwright connection and the driver process behind it. Playwright does not notice its driver dying (its reader
/// loop ends without closing the connection, so every pending call waits forever), so this class watches the process
/// itself and can tear the driver and its Chromium down when a test stops getting answers.
/// </summary>
public sealed class PlaywrightDriver : IAsyncDisposable
{
    private readonly Process process;

    private PlaywrightDriver(IPlaywright playwright, Process process)
    {
        Playwright = playwright;
        this.process = process;
        process.EnableRaisingEvents = true;
        Exited = process.WaitForExitAsync();
    }

    public IPlaywright Playwright { get; }

    public int ProcessId => process.Id;

    /// <summary>Completes when the driver process has ended, for whatever reason.</summary>
    public Task Exited { get; }

    public bool IsAlive => !Exited.IsCompleted;

    public static async Task<PlaywrightDriver> StartAsync(TimeSpan timeout)
    {
        var before = DriverProcessIds();
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync().WaitAsync(timeout);
        var started = DriverProcessIds().Except(before).ToList();
        if (started.Count != 1)
        {
            playwright.Dispose();
            throw new InvalidOperationException($"Expected one new Playwright driver process, found {started.Count}.");
        }

        return new PlaywrightDriver(playwright, Process.GetProcessById(started[0]));
    }

    /// <summary>Ends the driver and everything it started (Chromium and its helpers) at once.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or AggregateException)
        {
            // Already gone, or some of its children ended while they were being killed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (IsAlive)
        {
            // Playwright's own dispose closes the driver's input and waits for it to leave; a stuck driver never does.
            var disposed = Task.Run(Playwright.Dispose);
            await Task.WhenAny(disposed, Task.Delay(TimeSpan.FromSeconds(10)));
        }

        Kill();
        try
        {
            await Exited.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // Killed but not yet reaped; the next test starts a driver of its own either way.
        }

        process.Dispose();
    }

    /// <summary>Driver processes started by this test host: children whose command line runs Playwright's driver.</summary>
    private static HashSet<int> DriverProcessIds()
    {
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var found = new HashSet<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                // /proc/<pid>/stat: "pid (name) state ppid ...", where the name may itself hold spaces or parentheses.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[1] == self && File.ReadAllText(Path.Combine(folder, "cmdline")).Contains("run-driver", StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }
}
