using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Media;

/// <summary>
/// Runs ffmpeg and ffprobe as child processes with argument lists (never a shell string), so a file name cannot
/// become an option; a cancelled run kills the process.
/// </summary>
public sealed class FfmpegCli(IOptions<MediaOptions> options)
{
    private const int KeptErrorChars = 1500;

    public Task<ToolRun> ProbeAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(options.Value.FfprobePath, arguments, cancellationToken);

    public Task<ToolRun> FfmpegAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(options.Value.FfmpegPath, ["-hide_banner", "-nostdin", "-v", "error", "-y", .. arguments], cancellationToken);

    private static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ToolRun(-1, "", $"{program} could not be started ({e.Message}); check Media:FfmpegPath and Media:FfprobePath.");
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw;
        }

        var stderr = (await error).Trim();
        return new ToolRun(process.ExitCode, await output, stderr.Length > KeptErrorChars ? stderr[^KeptErrorChars..] : stderr);
    }
}
