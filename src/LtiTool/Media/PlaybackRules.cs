namespace LtiPathways.LtiTool.Media;

/// <summary>
/// Which files need an H.264/AAC copy. Safari plays neither WebM/VP9 reliably nor Matroska or Ogg; Firefox does not
/// play QuickTime or HEVC. H.264 with AAC (or MP3) in MP4, and MP3, AAC and WAV audio play in all of them.
/// </summary>
public static class PlaybackRules
{
    private static readonly string[] PlayableAudio = ["aac", "mp3"];

    public static bool NeedsPlaybackCopy(string mediaType, MediaProbe probe)
    {
        if (probe.HasVideo)
        {
            return !(mediaType == "video/mp4" && probe.VideoCodec == "h264" && (probe.AudioCodec is null || PlayableAudio.Contains(probe.AudioCodec)));
        }

        return mediaType switch
        {
            "audio/mpeg" or "audio/wav" => false,
            "audio/mp4" or "video/mp4" => probe.AudioCodec is not "aac",
            _ => true,
        };
    }

    /// <summary>The copy's type: MP4 video, or M4A for sound only.</summary>
    public static string PlaybackType(MediaProbe probe) => probe.HasVideo ? "video/mp4" : "audio/mp4";
}
