using System.Net;
using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>A button of a rendered page as assistive technology meets it: its accessible name, whether it is off, and why.</summary>
public sealed partial record PageButton(string Name, bool Disabled, string? Reason)
{
    /// <summary>The button with the given id; its name is its text with visually hidden parts, its reason the visible element it is described by.</summary>
    public static PageButton Find(string html, string id)
    {
        var button = ButtonPattern().Matches(html).FirstOrDefault(m => m.Groups["attributes"].Value.Contains($"id=\"{id}\"", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"The page has no button with id {id}.");
        var attributes = button.Groups["attributes"].Value;
        var name = WebUtility.HtmlDecode(TagPattern().Replace(button.Groups["content"].Value, "")).Trim();
        var describedBy = DescribedByPattern().Match(attributes);
        string? reason = null;
        if (describedBy.Success)
        {
            var described = new Regex($"<span[^>]*id=\"{Regex.Escape(describedBy.Groups[1].Value)}\"(?<hidden>[^>]*hidden)?[^>]*>(?<text>[^<]*)</span>").Match(html);
            reason = described.Success && !described.Groups["hidden"].Success ? WebUtility.HtmlDecode(described.Groups["text"].Value).Trim() : null;
        }

        return new PageButton(name, DisabledPattern().IsMatch(attributes), reason);
    }

    [GeneratedRegex("<button(?<attributes>[^>]*)>(?<content>.*?)</button>", RegexOptions.Singleline)]
    private static partial Regex ButtonPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("aria-describedby=\"([^\"]+)\"")]
    private static partial Regex DescribedByPattern();

    [GeneratedRegex(@"\sdisabled(\s|=|$)")]
    private static partial Regex DisabledPattern();
}
