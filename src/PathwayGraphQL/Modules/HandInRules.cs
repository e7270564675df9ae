using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>A hand-in says what the student did, in up to 4,000 characters, and may give one web address (http or https).</summary>
public static class HandInRules
{
    public const int MaximumText = 4000;

    public static Problem? Problem(string text, string? link) =>
        string.IsNullOrWhiteSpace(text) ? new Problem("Describe what you did, so your advisor can mark it.", "text")
        : text.Trim().Length > MaximumText ? new Problem($"Keep the description to {MaximumText:N0} characters; it has {text.Trim().Length:N0}.", "text")
        : !string.IsNullOrWhiteSpace(link) && Link(link) is null ? new Problem("The link must be a web address starting with http:// or https://.", "link")
        : null;

    public static string? Link(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && link!.Trim().Length <= 2000
            ? uri.ToString() : null;
}
