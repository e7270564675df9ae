using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Manifests;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>The tool's registration request (DR 1.0 section 3.5.2, OIDC Dynamic Client Registration 2).</summary>
public static class ToolRegistrationDocument
{
    public const string ToolConfigurationClaim = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    public const string CanvasPrivacyLevel = "https://canvas.instructure.com/lti/privacy_level";

    /// <summary>Only scopes the platform lists; Canvas refuses openid with a 422 (canvas-lms #2398).</summary>
    public static IReadOnlyList<string> Scopes(PlatformConfiguration platform)
    {
        var wanted = new List<string>(ToolProfile.ServiceScopes);
        if (!platform.IsCanvas)
        {
            wanted.Insert(0, "openid");
        }

        return platform.ScopesSupported is { } supported
            ? wanted.Where(s => supported.Contains(s, StringComparer.Ordinal)).ToList()
            : wanted.Where(s => s != "openid").ToList();
    }

    public static JsonObject Build(ToolProfile tool, PlatformConfiguration platform)
    {
        static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
        var custom = new JsonObject();
        foreach (var (name, value) in ToolProfile.CustomParameters)
        {
            custom[name] = value;
        }

        var body = new JsonObject
        {
            ["application_type"] = "web",
            ["response_types"] = Array(["id_token"]),
            ["grant_types"] = Array(["implicit", "client_credentials"]),
            ["initiate_login_uri"] = tool.LoginUrl,
            ["redirect_uris"] = Array([tool.LaunchUrl]),
            ["client_name"] = ToolProfile.Title,
            ["jwks_uri"] = tool.JwksUrl,
            ["token_endpoint_auth_method"] = "private_key_jwt",
            ["scope"] = string.Join(' ', Scopes(platform)),
            [ToolConfigurationClaim] = new JsonObject
            {
                ["domain"] = tool.Domain,
                ["description"] = ToolProfile.Description,
                ["target_link_uri"] = tool.LaunchUrl,
                ["custom_parameters"] = custom,
                ["claims"] = Array(ToolProfile.Claims),
                ["messages"] = new JsonArray(
                    new JsonObject
                    {
                        ["type"] = "LtiResourceLinkRequest",
                        ["target_link_uri"] = tool.LaunchUrl,
                        ["label"] = ToolProfile.Title,
                        ["placements"] = Array(ToolProfile.ResourceLinkPlacements),
                    },
                    new JsonObject
                    {
                        ["type"] = "LtiDeepLinkingRequest",
                        ["target_link_uri"] = tool.LaunchUrl,
                        ["label"] = "Add LtiPathways content",
                        ["placements"] = Array(ToolProfile.DeepLinkingPlacements),
                    }),
            },
        };
        if (platform.IsCanvas)
        {
            // Canvas sends names and email only at privacy level "public".
            body[CanvasPrivacyLevel] = "public";
        }

        return body;
    }
}
