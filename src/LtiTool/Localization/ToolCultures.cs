using System.Globalization;

namespace LtiPathways.LtiTool.Localization;

/// <summary>The languages the tool speaks, and how an LMS's locale ("es", "es-MX", Moodle's "es_mx") maps onto one of them.</summary>
public static class ToolCultures
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Supported = [Default, "es"];

    /// <summary>The supported language the locale asks for, or null when it asks for none we have.</summary>
    public static string? Match(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var language = locale.Trim().Replace('_', '-').Split('-')[0].ToLowerInvariant();
        return Supported.Contains(language) ? language : null;
    }

    public static IList<CultureInfo> All => Supported.Select(CultureInfo.GetCultureInfo).ToList();
}
