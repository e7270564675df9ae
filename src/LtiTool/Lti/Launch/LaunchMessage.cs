using System.Globalization;
using System.Text.Json;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>The claims of an id_token, read as LTI defines them; absent or ill-typed claims read as null.</summary>
public sealed class LaunchMessage(JsonElement payload)
{
    public JsonElement Payload { get; } = payload;

    public string? Issuer => Text("iss");
    public string? Subject => Text("sub");
    public string? Nonce => Text("nonce");
    public string? AuthorizedParty => Text("azp");
    public long? ExpiresAt => Number("exp");
    public long? IssuedAt => Number("iat");
    public string? Name => Text("name");
    public string? GivenName => Text("given_name");
    public string? FamilyName => Text("family_name");
    public string? Email => Text("email");
    public string? MessageType => Text(LtiClaims.MessageType);
    public string? Version => Text(LtiClaims.Version);
    public string? DeploymentId => Text(LtiClaims.DeploymentId);
    public string? TargetLinkUri => Text(LtiClaims.TargetLinkUri);

    /// <summary>aud may be one string or an array of strings (OIDC Core 2).</summary>
    public IReadOnlyList<string> Audiences => Claim("aud") switch
    {
        { ValueKind: JsonValueKind.String } one => [one.GetString()!],
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray()
            .Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList(),
        _ => [],
    };

    /// <summary>Null when the claim is missing or not an array; an empty array is a valid (anonymous-role) launch.</summary>
    public IReadOnlyList<string>? Roles => Claim(LtiClaims.Roles) is { ValueKind: JsonValueKind.Array } roles
        ? roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
        : null;

    /// <summary>The raw role_scope_mentor claim, when present; <see cref="MentorScope"/> reads it.</summary>
    public JsonElement? RoleScopeMentor => Claim(LtiClaims.RoleScopeMentor);

    public string? ResourceLinkId => Text(LtiClaims.ResourceLink, "id");
    public string? ResourceLinkTitle => Text(LtiClaims.ResourceLink, "title");
    public string? ResourceLinkDescription => Text(LtiClaims.ResourceLink, "description");
    public string? ContextId => Text(LtiClaims.Context, "id");
    public string? ContextTitle => Text(LtiClaims.Context, "title");
    public string? ContextLabel => Text(LtiClaims.Context, "label");
    public string? DeepLinkReturnUrl => Text(LtiClaims.DeepLinkingSettings, "deep_link_return_url");
    public string? ForUserId => Text(LtiClaims.ForUser, "user_id");
    public string? ProductFamilyCode => Text(LtiClaims.ToolPlatform, "product_family_code");
    public string? LineItemsUrl => Text(LtiClaims.AssignmentAndGradeService, "lineitems");
    public string? LineItemUrl => Text(LtiClaims.AssignmentAndGradeService, "lineitem");
    public string? MembershipsUrl => Text(LtiClaims.NamesAndRoleService, "context_memberships_url");
    public string? Locale => Text(LtiClaims.LaunchPresentation, "locale");

    /// <summary>LTI has no time zone claim; Canvas and Moodle fill a custom parameter from $Person.address.timezone.</summary>
    public string? TimeZone => Custom.GetValueOrDefault("timezone") is { Length: > 0 } zone ? zone : null;

    /// <summary>The AGS scopes the platform grants for this context (AGS 2.0 section 3.4).</summary>
    public IReadOnlyList<string> ServiceScopes =>
        Claim(LtiClaims.AssignmentAndGradeService) is { ValueKind: JsonValueKind.Object } ags
        && ags.TryGetProperty("scope", out var scopes) && scopes.ValueKind == JsonValueKind.Array
            ? scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).ToList()
            : [];

    /// <summary>LTI Core 5.4.6: custom values are strings; platforms sometimes send numbers or booleans, which we coerce.</summary>
    public IReadOnlyDictionary<string, string> Custom =>
        Claim(LtiClaims.Custom) is { ValueKind: JsonValueKind.Object } custom
            ? custom.EnumerateObject().ToDictionary(p => p.Name, p => AsString(p.Value), StringComparer.Ordinal)
            : new Dictionary<string, string>();

    private JsonElement? Claim(string name) =>
        Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty(name, out var value) ? value : null;

    private string? Text(string name) => Claim(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private string? Text(string claim, string member) =>
        Claim(claim) is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(member, out var inner) && inner.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? AsString(inner)
            : null;

    private long? Number(string name) =>
        Claim(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var seconds) ? (long)seconds : null;

    private static string AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MessageType} from {Issuer}");
}
