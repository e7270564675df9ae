using System.Text.Json;

namespace LtiPathways.LtiTool.Lti.Services;

/// <summary>Reads an identifier-like member of a platform's JSON leniently: platforms send some ids as numbers.</summary>
public static class JsonText
{
    public static string? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
