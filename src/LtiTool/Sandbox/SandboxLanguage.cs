namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The language and time zone the sandbox course page launches with, as chosen on it (English and UTC when not).</summary>
public record SandboxLanguage(string? Locale, string? TimeZone)
{
    public static readonly IReadOnlyList<(string Value, string Label)> Locales = [("en", "English (en)"), ("es", "Español (es)"), ("es_mx", "Español, México (es_mx, as Moodle sends it)")];

    public static readonly IReadOnlyList<(string Value, string Label)> TimeZones =
        [("", "Not sent (UTC)"), ("America/Chicago", "America/Chicago"), ("America/Los_Angeles", "America/Los_Angeles"), ("America/Mexico_City", "America/Mexico_City")];

    public string Locale { get; } = Locales.Any(l => l.Value == Locale) ? Locale! : "en";

    public string? TimeZone { get; } = TimeZones.Any(z => z.Value == TimeZone && z.Value.Length > 0) ? TimeZone : null;
}
