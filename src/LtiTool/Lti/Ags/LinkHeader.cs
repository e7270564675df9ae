namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>Reads RFC 8288 Link headers, which AGS and NRPS use for paging (AGS 2.0 section 3.2.5).</summary>
public static class LinkHeader
{
    public static string? Find(HttpResponseMessage response, string relation)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var link in values.SelectMany(v => v.Split(',')))
        {
            var parts = link.Split(';');
            var target = parts[0].Trim();
            var matches = parts.Skip(1).Select(p => p.Trim()).Any(p =>
                p.StartsWith("rel=", StringComparison.OrdinalIgnoreCase)
                && p[4..].Trim('"').Split(' ').Contains(relation, StringComparer.OrdinalIgnoreCase));
            if (matches && target.StartsWith('<') && target.EndsWith('>'))
            {
                return target[1..^1];
            }
        }

        return null;
    }
}
