using System.Globalization;
using System.Text.Json;

namespace LtiPathways.LtiTool.Media;

/// <summary>What ffprobe found in a file: container, duration, the first video and audio stream's codecs, picture size.</summary>
public record MediaProbe(string Container, double? DurationSeconds, string? VideoCodec, string? AudioCodec, int? Width, int? Height)
{
    public static readonly string[] Arguments = ["-v", "error", "-print_format", "json", "-show_format", "-show_streams"];

    public bool HasVideo => VideoCodec is not null;

    public string Codecs => string.Join(',', new[] { VideoCodec, AudioCodec }.OfType<string>());

    /// <summary>Reads <c>ffprobe -print_format json -show_format -show_streams</c>; null when it shows no audio or video.</summary>
    public static MediaProbe? Parse(string json)
    {
        using var document = JsonDocument.Parse(json.Length == 0 ? "{}" : json);
        var root = document.RootElement;
        var streams = root.TryGetProperty("streams", out var list) ? list.EnumerateArray().ToList() : [];

        // An attached cover picture (MP3, M4A) is a "video" stream of one frame; it is not a video.
        var video = streams.FirstOrDefault(s => Text(s, "codec_type") == "video"
            && !(s.TryGetProperty("disposition", out var d) && d.TryGetProperty("attached_pic", out var pic) && pic.GetInt32() == 1));
        var audio = streams.FirstOrDefault(s => Text(s, "codec_type") == "audio");
        if (video.ValueKind == JsonValueKind.Undefined && audio.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var format = root.TryGetProperty("format", out var f) ? f : default;
        var duration = Number(format, "duration") ?? Number(video, "duration") ?? Number(audio, "duration");
        return new MediaProbe(
            format.ValueKind == JsonValueKind.Object ? Text(format, "format_name") ?? "" : "", duration,
            video.ValueKind == JsonValueKind.Object ? Text(video, "codec_name") : null,
            audio.ValueKind == JsonValueKind.Object ? Text(audio, "codec_name") : null,
            video.ValueKind == JsonValueKind.Object && video.TryGetProperty("width", out var w) ? w.GetInt32() : null,
            video.ValueKind == JsonValueKind.Object && video.TryGetProperty("height", out var h) ? h.GetInt32() : null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static double? Number(JsonElement element, string name) =>
        double.TryParse(Text(element, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
