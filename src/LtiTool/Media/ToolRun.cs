namespace LtiPathways.LtiTool.Media;

/// <summary>How one ffmpeg or ffprobe run ended: its exit code, what it printed, and the end of its error output.</summary>
public record ToolRun(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;
}
