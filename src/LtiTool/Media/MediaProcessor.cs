using System.Globalization;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Media;

/// <summary>
/// Probe, playback copy, poster or waveform for one local file, written into a work folder. It stores nothing:
/// <see cref="MediaWorker"/> keeps the outputs only if its lease still holds.
/// </summary>
public sealed class MediaProcessor(FfmpegCli ffmpeg)
{
    public async Task<MediaResult> ProcessAsync(string input, string mediaType, string workFolder, CancellationToken cancellationToken)
    {
        var probe = await ProbeAsync(input, cancellationToken);
        if (probe is null)
        {
            return MediaResult.Failed(
                "This file could not be read as video or audio; it may be damaged or cut short. Ask the student to upload it again.", permanent: true);
        }

        var outputs = new List<MediaOutput>();
        var playable = input;
        if (PlaybackRules.NeedsPlaybackCopy(mediaType, probe))
        {
            playable = Path.Combine(workFolder, probe.HasVideo ? "playback.mp4" : "playback.m4a");
            var run = await ffmpeg.FfmpegAsync([.. TranscodeArguments(input, probe, playable)], cancellationToken);
            if (!run.Succeeded || !File.Exists(playable))
            {
                return MediaResult.Failed($"The copy that plays in every browser could not be made ({LastLine(run.Error)}).");
            }

            outputs.Add(new MediaOutput(SubmissionFileRole.Playback, playable, PlaybackRules.PlaybackType(probe)));

            // Browser recordings (MediaRecorder WebM) carry no duration; the copy has one.
            if (probe.DurationSeconds is null && await ProbeAsync(playable, cancellationToken) is { } copy)
            {
                probe = probe with { DurationSeconds = copy.DurationSeconds };
            }
        }

        var picture = probe.HasVideo
            ? await PosterAsync(playable, probe, Path.Combine(workFolder, "poster.jpg"), cancellationToken)
            : await WaveformAsync(playable, Path.Combine(workFolder, "waveform.png"), cancellationToken);
        if (picture is not null)
        {
            outputs.Add(picture);
        }

        return MediaResult.Done(probe, outputs);
    }

    private async Task<MediaProbe?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var run = await ffmpeg.ProbeAsync([.. MediaProbe.Arguments, path], cancellationToken);
        return run.Succeeded ? MediaProbe.Parse(run.Output) : null;
    }

    private static IEnumerable<string> TranscodeArguments(string input, MediaProbe probe, string output)
    {
        yield return "-i";
        yield return input;
        if (probe.HasVideo)
        {
            // Even dimensions (H.264 4:2:0 needs them), at most 1080p wide; vfr keeps browser recordings' timing as recorded.
            foreach (var a in new[] { "-map", "0:v:0", "-map", "0:a:0?", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23",
                         "-pix_fmt", "yuv420p", "-vf", "scale='trunc(min(1920,iw)/2)*2':-2", "-fps_mode", "vfr" })
            {
                yield return a;
            }
        }
        else
        {
            foreach (var a in new[] { "-map", "0:a:0", "-vn" })
            {
                yield return a;
            }
        }

        foreach (var a in new[] { "-c:a", "aac", "-b:a", "160k", "-max_muxing_queue_size", "1024", "-movflags", "+faststart", "-f", "mp4", output })
        {
            yield return a;
        }
    }

    private async Task<MediaOutput?> PosterAsync(string input, MediaProbe probe, string output, CancellationToken cancellationToken)
    {
        // A frame a little in, past a fade-in or the moment a recording starts; the first frame if the video is shorter.
        var at = Math.Min(1.0, (probe.DurationSeconds ?? 0) / 3);
        foreach (var seconds in new[] { at, 0 })
        {
            var run = await ffmpeg.FfmpegAsync(
                ["-ss", seconds.ToString("0.###", CultureInfo.InvariantCulture), "-i", input, "-frames:v", "1",
                    "-vf", "scale='trunc(min(1280,iw)/2)*2':-2", "-q:v", "3", output], cancellationToken);
            if (run.Succeeded && File.Exists(output) && new FileInfo(output).Length > 0)
            {
                return new MediaOutput(SubmissionFileRole.Poster, output, "image/jpeg");
            }
        }

        return null;
    }

    private async Task<MediaOutput?> WaveformAsync(string input, string output, CancellationToken cancellationToken)
    {
        var run = await ffmpeg.FfmpegAsync(
            ["-i", input, "-filter_complex", "showwavespic=s=800x120:colors=0x2f5d8a", "-frames:v", "1", output], cancellationToken);
        return run.Succeeded && File.Exists(output) ? new MediaOutput(SubmissionFileRole.Waveform, output, "image/png") : null;
    }

    private static string LastLine(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "ffmpeg stopped without a message";
}
