using Microsoft.AspNetCore.WebUtilities;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>Service URLs derived from a line item URL, and filters added to a container URL.</summary>
public static class AgsUrls
{
    /// <summary>AGS 2.0 section 3.4: /scores and /results go into the path; the query string stays (Moodle's ?type_id=N).</summary>
    public static string Append(string lineItemUrl, string segment)
    {
        var builder = new UriBuilder(lineItemUrl);
        builder.Path = builder.Path.TrimEnd('/') + "/" + segment.Trim('/');
        return builder.Uri.AbsoluteUri;
    }

    public static string Scores(string lineItemUrl) => Append(lineItemUrl, "scores");

    public static string Results(string lineItemUrl) => Append(lineItemUrl, "results");

    /// <summary>Adds query parameters to a URL that may already carry some (merged, never replaced).</summary>
    public static string WithQuery(string url, IEnumerable<KeyValuePair<string, string?>> parameters) =>
        QueryHelpers.AddQueryString(url, parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
}
