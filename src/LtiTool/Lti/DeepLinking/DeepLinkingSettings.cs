using System.Text.Json;
using LtiPathways.LtiTool.Lti.Launch;

namespace LtiPathways.LtiTool.Lti.DeepLinking;

/// <summary>The deep_linking_settings claim of an LtiDeepLinkingRequest (Deep Linking 2.0 section 4.4.1).</summary>
public record DeepLinkingSettings(
    string ReturnUrl,
    IReadOnlyList<string> AcceptTypes,
    IReadOnlyList<string> AcceptPresentationTargets,
    bool AcceptMultiple,
    bool AutoCreate,
    string? Title,
    string? Text,
    string? DataJson)
{
    public bool Accepts(string type) => AcceptTypes.Contains(type, StringComparer.Ordinal);

    /// <summary>An iframe where the platform offers one (Moodle prefers it; Canvas ignores window), else a window.</summary>
    public PresentationTarget PreferredPresentation =>
        AcceptPresentationTargets.Contains("iframe", StringComparer.Ordinal) ? PresentationTarget.Iframe
        : AcceptPresentationTargets.Contains("window", StringComparer.Ordinal) ? PresentationTarget.Window
        : PresentationTarget.None;

    /// <summary>Null when the claim is missing or has no return URL (the launch validator already refuses those).</summary>
    public static DeepLinkingSettings? From(LaunchMessage message)
    {
        if (message.Payload.ValueKind != JsonValueKind.Object
            || !message.Payload.TryGetProperty(DeepLinkingClaims.Settings, out var settings)
            || settings.ValueKind != JsonValueKind.Object
            || ReadText(settings, "deep_link_return_url") is not { Length: > 0 } returnUrl)
        {
            return null;
        }

        // data is opaque and must come back unchanged (section 4.4.1), so it is kept as the raw JSON it arrived as.
        var data = settings.TryGetProperty("data", out var value) && value.ValueKind != JsonValueKind.Null ? value.GetRawText() : null;
        return new DeepLinkingSettings(
            returnUrl,
            Strings(settings, "accept_types"),
            Strings(settings, "accept_presentation_document_targets"),
            Flag(settings, "accept_multiple"),
            Flag(settings, "auto_create"),
            ReadText(settings, "title"),
            ReadText(settings, "text"),
            data);
    }

    private static string? ReadText(JsonElement settings, string name) =>
        settings.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement settings, string name) =>
        settings.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    // Some platforms send booleans as strings ("true").
    private static bool Flag(JsonElement settings, string name) =>
        settings.TryGetProperty(name, out var value)
        && (value.ValueKind == JsonValueKind.True
            || (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase)));
}
