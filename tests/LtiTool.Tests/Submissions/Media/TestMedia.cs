using System.Diagnostics;

namespace LtiPathways.LtiTool.Tests.Submissions.Media;

/// <summary>Small real media files made by ffmpeg once per test run (a few KB, generated in well under a second).</summary>
public static class TestMedia
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "ltipathways-test-media");
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Two seconds of test pattern and a tone, VP9 and Opus in WebM, as Chrome and Firefox record.</summary>
    public static Task<byte[]> WebMAsync() => MakeAsync("pattern.webm",
        ["-f", "lavfi", "-i", "testsrc=duration=2:size=320x240:rate=15", "-f", "lavfi", "-i", "sine=duration=2",
            "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "200k", "-c:a", "libopus"]);

    /// <summary>Two seconds of a tone, Opus in Ogg (Safari does not play it).</summary>
    public static Task<byte[]> OggAsync() => MakeAsync("tone.ogg", ["-f", "lavfi", "-i", "sine=duration=2", "-c:a", "libopus"]);

    public static async Task<string> ProbeAsync(string path, string entries)
    {
        var run = await RunAsync("/usr/bin/ffprobe", ["-v", "error", "-show_entries", entries, "-of", "csv=p=0", path]);
        return run.Trim();
    }

    private static async Task<byte[]> MakeAsync(string name, string[] arguments)
    {
        var path = Path.Combine(Folder, name);
        await Gate.WaitAsync();
        try
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Folder);
                var temp = path + "." + Guid.NewGuid().ToString("N") + Path.GetExtension(name);
                await RunAsync("/usr/bin/ffmpeg", ["-hide_banner", "-v", "error", "-y", .. arguments, temp]);
                File.Move(temp, path, overwrite: true);
            }
        }
        finally
        {
            Gate.Release();
        }

        return await File.ReadAllBytesAsync(path);
    }

    private static async Task<string> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{program} failed: {await error}");
    }
}
