using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Lti.Nrps;

/// <summary>Reads RFC 8288 Link headers, as NRPS 2.0 section 2.4 uses them for paging.</summary>
public static partial class LinkHeader
{
    public static string? Next(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var values)
            ? values.SelectMany(Split).FirstOrDefault(link => link.Rel.Split(' ').Contains("next", StringComparer.OrdinalIgnoreCase)).Url
            : null;

    private static IEnumerable<(string Url, string Rel)> Split(string header) =>
        LinkPattern().Matches(header).Select(m => (m.Groups["url"].Value, m.Groups["rel"].Value));

    [GeneratedRegex("""<(?<url>[^>]*)>[^,]*?;\s*rel\s*=\s*"?(?<rel>[^";,]+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
