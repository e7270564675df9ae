namespace LtiPathways.LtiTool.Storage;

/// <summary>What a file's first bytes say it is; <see cref="Refusal"/> is set (and the type empty) when it may not be stored.</summary>
public record DetectedType(string MediaType, string Label, string? Refusal = null)
{
    public bool IsVideo => MediaType.StartsWith("video/", StringComparison.Ordinal);

    public bool IsAudio => MediaType.StartsWith("audio/", StringComparison.Ordinal);

    public bool IsImage => MediaType.StartsWith("image/", StringComparison.Ordinal);

    public static DetectedType Refused(string sentence) => new("", "", sentence);
}
