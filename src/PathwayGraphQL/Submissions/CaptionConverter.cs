using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// Checks a WebVTT or SRT caption file and returns WebVTT (what &lt;track&gt; plays). SRT differs in a missing header,
/// numbered cues and a comma before the milliseconds; anything else that is not a timed cue is refused.
/// </summary>
public static partial class CaptionConverter
{
    public const int MaxBytes = 512 * 1024;

    public static Outcome<string> ToWebVtt(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Refusal.Declined("This caption file is not UTF-8 text; save it as UTF-8 WebVTT (.vtt) or SubRip (.srt) and upload it again.");
        }

        if (text.Contains('\0'))
        {
            return Refusal.Declined("This is not a caption file; upload a WebVTT (.vtt) or SubRip (.srt) file.");
        }

        var blocks = Blocks().Split(text.Replace("\r\n", "\n").Replace('\r', '\n').Trim());
        var isVtt = blocks[0].StartsWith("WEBVTT", StringComparison.Ordinal);
        var output = new StringBuilder("WEBVTT\n\n");
        var cues = 0;
        foreach (var block in isVtt ? blocks.Skip(1) : blocks)
        {
            var lines = block.Split('\n').ToList();
            if (isVtt && (lines[0].StartsWith("NOTE", StringComparison.Ordinal) || lines[0] is "STYLE" or "REGION"))
            {
                continue;
            }

            var timing = lines.FindIndex(l => l.Contains("-->", StringComparison.Ordinal));
            if (timing is < 0 or > 1 || Timing().Match(lines[timing]) is not { Success: true } match)
            {
                return Refusal.Declined($"Cue {cues + 1} of this caption file has no valid time range such as 00:00:01.000 --> 00:00:04.000; check the file and upload it again.");
            }

            var start = Seconds(match.Groups["start"].Value);
            var end = Seconds(match.Groups["end"].Value);
            if (end < start)
            {
                return Refusal.Declined($"Cue {cues + 1} of this caption file ends before it starts; check its times.");
            }

            cues++;
            var settings = isVtt ? match.Groups["settings"].Value.TrimEnd() : "";
            output.Append(Stamp(start)).Append(" --> ").Append(Stamp(end)).Append(settings.Length > 0 ? " " + settings.Trim() : "").Append('\n');
            foreach (var line in lines.Skip(timing + 1))
            {
                output.Append(line.Replace("-->", "→", StringComparison.Ordinal)).Append('\n');
            }

            output.Append('\n');
        }

        return cues == 0
            ? Refusal.Declined("This caption file has no cues; upload a WebVTT (.vtt) or SubRip (.srt) file with timed text.")
            : output.ToString();
    }

    private static double Seconds(string stamp)
    {
        var parts = stamp.Replace(',', '.').Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        return parts.Length == 3 ? int.Parse(parts[0], CultureInfo.InvariantCulture) * 3600 + int.Parse(parts[1], CultureInfo.InvariantCulture) * 60 + seconds
            : int.Parse(parts[0], CultureInfo.InvariantCulture) * 60 + seconds;
    }

    private static string Stamp(double seconds)
    {
        var time = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");
    }

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^\s*(?<start>(\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?<end>(\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3})(?<settings>.*)$")]
    private static partial Regex Timing();
}
