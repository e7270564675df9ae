using System.Text;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>tus Upload-Metadata: comma-separated pairs of a key and an optional Base64-encoded value (creation extension).</summary>
public static class UploadMetadata
{
    public static IReadOnlyDictionary<string, string>? Parse(string? header)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(' ', 2, StringSplitOptions.TrimEntries);
            try
            {
                pairs[parts[0]] = parts.Length == 2 ? Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])) : "";
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return pairs;
    }
}
