namespace LtiPathways.LtiTool.Media;

/// <summary>How processing one original ended: its probe and the files made from it, or the sentence a teacher sees.</summary>
public record MediaResult(MediaProbe? Probe, IReadOnlyList<MediaOutput> Outputs, string? Failure, bool Permanent)
{
    public static MediaResult Done(MediaProbe probe, IReadOnlyList<MediaOutput> outputs) => new(probe, outputs, null, false);

    /// <summary>A permanent failure (the file itself is unreadable) is not retried.</summary>
    public static MediaResult Failed(string sentence, bool permanent = false) => new(null, [], sentence, permanent);
}
