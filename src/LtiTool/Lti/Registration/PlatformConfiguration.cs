using System.Text.Json;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>The parts of a platform's OpenID configuration (DR 1.0 section 3.4) the tool uses.</summary>
public record PlatformConfiguration(
    string Issuer,
    string AuthorizationEndpoint,
    string TokenEndpoint,
    string JwksUri,
    string RegistrationEndpoint,
    IReadOnlyList<string>? ScopesSupported,
    string? ProductFamily)
{
    public const string PlatformConfigurationClaim = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    public bool IsCanvas => string.Equals(ProductFamily, "canvas", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null with a problem sentence when a required member is missing.</summary>
    public static (PlatformConfiguration? Configuration, string? Problem) Parse(string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, "its OpenID configuration is not JSON");
        }

        string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        var required = new[] { "issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint" };
        var missing = required.Where(name => string.IsNullOrEmpty(Text(root, name))).ToList();
        if (missing.Count > 0)
        {
            return (null, $"its OpenID configuration lacks {string.Join(", ", missing)}");
        }

        var scopes = root.TryGetProperty("scopes_supported", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).ToList()
            : null;
        var family = root.TryGetProperty(PlatformConfigurationClaim, out var platform) ? Text(platform, "product_family_code") : null;
        return (new PlatformConfiguration(
            Text(root, "issuer")!, Text(root, "authorization_endpoint")!, Text(root, "token_endpoint")!,
            Text(root, "jwks_uri")!, Text(root, "registration_endpoint")!, scopes, family), null);
    }
}
