using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LtiPathways.LtiTool.Lti.Manifests;

/// <summary>The Canvas developer key "Paste JSON" configuration (Canvas LTI 1.3 tool configuration).</summary>
public static class CanvasManifest
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(ToolProfile tool)
    {
        static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
        JsonObject Placement(string placement, string messageType, string text) => new()
        {
            ["placement"] = placement,
            ["message_type"] = messageType,
            ["target_link_uri"] = tool.LaunchUrl,
            ["text"] = text,
        };
        var custom = new JsonObject();
        foreach (var (name, value) in ToolProfile.CustomParameters)
        {
            custom[name] = value;
        }

        var manifest = new JsonObject
        {
            ["title"] = ToolProfile.Title,
            ["description"] = ToolProfile.Description,
            ["oidc_initiation_url"] = tool.LoginUrl,
            ["target_link_uri"] = tool.LaunchUrl,
            ["public_jwk_url"] = tool.JwksUrl,
            ["scopes"] = Array(ToolProfile.ServiceScopes),
            ["extensions"] = new JsonArray(new JsonObject
            {
                ["platform"] = "canvas.instructure.com",
                ["domain"] = tool.Domain,
                ["tool_id"] = ToolProfile.ToolId,
                // "public" is the only level at which Canvas sends names and email (checklist F.37).
                ["privacy_level"] = "public",
                ["settings"] = new JsonObject
                {
                    ["placements"] = new JsonArray(
                        Placement("link_selection", "LtiDeepLinkingRequest", "Add LtiPathways content"),
                        Placement("assignment_selection", "LtiDeepLinkingRequest", "LtiPathways assessed assignment"),
                        Placement("course_navigation", "LtiResourceLinkRequest", ToolProfile.Title)),
                },
            }),
            ["custom_fields"] = custom,
        };
        return manifest.ToJsonString(Indented) + "\n";
    }
}
