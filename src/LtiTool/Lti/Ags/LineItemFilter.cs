namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>The query parameters of a line item container GET (AGS 2.0 section 3.2.4).</summary>
public record LineItemFilter(string? ResourceLinkId = null, string? ResourceId = null, string? Tag = null, int? Limit = null)
{
    public IEnumerable<KeyValuePair<string, string?>> ToQuery()
    {
        yield return new("resource_link_id", ResourceLinkId);
        yield return new("resource_id", ResourceId);
        yield return new("tag", Tag);
        yield return new("limit", Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
