using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Features.Submissions.Playback;

/// <summary>
/// The cues of a stored caption file, read for the transcript beside the player. Stored captions are the WebVTT that
/// <see cref="PathwayGraphQL.Submissions.CaptionConverter"/> wrote: a header, then blocks of a time range and its lines.
/// </summary>
public static partial class Transcript
{
    public static IReadOnlyList<TranscriptCue> FromWebVtt(string vtt)
    {
        var cues = new List<TranscriptCue>();
        foreach (var block in Blocks().Split(vtt.Replace("\r\n", "\n").Trim()))
        {
            var lines = block.Split('\n');
            var timing = Array.FindIndex(lines, l => l.Contains("-->", StringComparison.Ordinal));
            if (timing < 0 || Timing().Match(lines[timing]) is not { Success: true } match)
            {
                continue;
            }

            var text = string.Join(" ", lines.Skip(timing + 1).Select(Plain).Where(l => l.Length > 0));
            if (text.Length > 0)
            {
                cues.Add(new TranscriptCue(Seconds(match.Groups["start"].Value), Seconds(match.Groups["end"].Value), text));
            }
        }

        return cues;
    }

    /// <summary>A cue line as words: a voice span's speaker named ("Ana: ..."), other tags dropped, entities decoded.</summary>
    private static string Plain(string line)
    {
        var spoken = Voice().Replace(line, m => m.Groups["who"].Value.Trim() + ": ");
        return WebUtility.HtmlDecode(Tag().Replace(spoken, "")).Trim();
    }

    private static double Seconds(string stamp)
    {
        var parts = stamp.Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        return parts.Length == 3
            ? int.Parse(parts[0], CultureInfo.InvariantCulture) * 3600 + int.Parse(parts[1], CultureInfo.InvariantCulture) * 60 + seconds
            : int.Parse(parts[0], CultureInfo.InvariantCulture) * 60 + seconds;
    }

    /// <summary>"1:05" or "1:02:05", as players show a moment.</summary>
    public static string Clock(double seconds)
    {
        var whole = (int)Math.Max(0, Math.Floor(seconds));
        var (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60);
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{rest:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{rest:00}");
    }

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^\s*(?<start>(\d{1,3}:)?\d{1,2}:\d{2}\.\d{1,3})\s*-->\s*(?<end>(\d{1,3}:)?\d{1,2}:\d{2}\.\d{1,3})")]
    private static partial Regex Timing();

    [GeneratedRegex(@"<v(\.[^ >]*)?\s+(?<who>[^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
