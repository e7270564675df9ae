using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// A file as a page shows it: name, type, size and signed links, with the renditions the media worker made for
/// video and audio (a copy every browser plays, a poster or waveform), caption tracks, and a note while processing runs or after it failed.
/// <paramref name="Part"/> says whether it is the video or audio recording or an uploaded file; <paramref name="Transcript"/>
/// holds the cues of its first caption track, null when it has none.
/// </summary>
public record SubmittedFileView(
    Guid Id, SubmissionType Part, string Name, string MediaType, long Size, string Url, string? PosterUrl,
    string? PlaybackUrl = null, string? PlaybackType = null, string? WaveformUrl = null, double? DurationSeconds = null,
    IReadOnlyList<CaptionLink>? Captions = null, string? ProcessingNote = null,
    IReadOnlyList<TranscriptCue>? Transcript = null)
{
    public bool IsVideo => MediaType.StartsWith("video/", StringComparison.Ordinal) && PlaybackType != "audio/mp4";

    public bool IsAudio => !IsVideo && (MediaType.StartsWith("audio/", StringComparison.Ordinal) || MediaType.StartsWith("video/", StringComparison.Ordinal));
}
