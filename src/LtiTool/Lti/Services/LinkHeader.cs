using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Lti.Services;

/// <summary>Reads RFC 8288 Link headers, which AGS 2.0 (section 3.2.5) and NRPS 2.0 (section 2.4) use for paging.</summary>
public static partial class LinkHeader
{
    public static string? Find(HttpResponseMessage response, string relation) =>
        response.Headers.TryGetValues("Link", out var values)
            ? values.SelectMany(Split).FirstOrDefault(link => link.Rel.Split(' ').Contains(relation, StringComparer.OrdinalIgnoreCase)).Url
            : null;

    // Matching whole <...> targets keeps commas inside URLs from splitting a link.
    private static IEnumerable<(string Url, string Rel)> Split(string header) =>
        LinkPattern().Matches(header).Select(m => (m.Groups["url"].Value, m.Groups["rel"].Value));

    [GeneratedRegex("""<(?<url>[^>]*)>[^,]*?;\s*rel\s*=\s*"?(?<rel>[^";,]+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
