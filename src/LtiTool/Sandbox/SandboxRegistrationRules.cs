using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>What the sandbox's registration endpoint checks in a tool registration, and how it answers, per flavor.</summary>
public static class SandboxRegistrationRules
{
    public const string DeploymentId = "sandbox-dr-deployment-1";

    public static string? Problem(JsonObject body, SandboxPlatformFlavor flavor)
    {
        string? Text(string name) => body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        bool Lists(string name, string value) => body[name] is JsonArray array && array.Any(v => v?.ToString() == value);
        var tool = body[SandboxDynamicRegistration.ToolConfiguration] as JsonObject;
        var scopes = (Text("scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Text("application_type") != "web" ? "application_type must be web"
            : !Lists("grant_types", "implicit") || !Lists("grant_types", "client_credentials") ? "grant_types must hold implicit and client_credentials"
            : !Lists("response_types", "id_token") ? "response_types must hold id_token"
            : Text("initiate_login_uri") is null || Text("jwks_uri") is null ? "initiate_login_uri and jwks_uri are required"
            : body["redirect_uris"] is not JsonArray { Count: > 0 } ? "redirect_uris are required"
            : Text("token_endpoint_auth_method") != "private_key_jwt" ? "token_endpoint_auth_method must be private_key_jwt"
            : tool?["domain"] is null || tool["target_link_uri"] is null ? "the lti-tool-configuration needs domain and target_link_uri"
            : flavor == SandboxPlatformFlavor.Canvas && scopes.Contains("openid") ? "scope openid is not a valid scope"
            : flavor == SandboxPlatformFlavor.Canvas && Text("https://canvas.instructure.com/lti/privacy_level") is null
                ? "privacy_level is required"
            : null;
    }

    /// <summary>Echoes the registration with a client id, shaped as the imitated platform does (DR 1.0 section 3.6).</summary>
    public static JsonObject Answer(JsonObject body, SandboxPlatformFlavor flavor)
    {
        var answer = (JsonObject)body.DeepClone();
        answer["client_id"] = flavor == SandboxPlatformFlavor.Canvas
            ? RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "sandbox-dr-" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(9));
        if (flavor == SandboxPlatformFlavor.Moodle)
        {
            answer["application_type"] = new JsonArray("web");
        }

        if (flavor != SandboxPlatformFlavor.Canvas && answer[SandboxDynamicRegistration.ToolConfiguration] is JsonObject tool)
        {
            tool["deployment_id"] = DeploymentId;
        }

        return answer;
    }
}
