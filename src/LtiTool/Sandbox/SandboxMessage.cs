using System.Text.Json.Nodes;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>Builds the id_token payloads the sandbox platform sends, with the claims a real LMS sends.</summary>
public static class SandboxMessage
{
    public static JsonObject IdToken(
        SandboxPerson person, string messageType, string nonce, string toolBaseUrl, string platformBaseUrl,
        DateTimeOffset now, string deploymentId = SandboxPlatform.DeploymentId)
    {
        var payload = new JsonObject
        {
            ["iss"] = SandboxPlatform.Issuer,
            ["aud"] = SandboxPlatform.ClientId,
            ["sub"] = person.Subject,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(5).ToUnixTimeSeconds(),
            ["nonce"] = nonce,
            ["name"] = person.Name,
            ["given_name"] = person.GivenName,
            ["family_name"] = person.FamilyName,
            ["email"] = person.Email,
            ["https://purl.imsglobal.org/spec/lti/claim/message_type"] = messageType,
            ["https://purl.imsglobal.org/spec/lti/claim/version"] = "1.3.0",
            ["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] = deploymentId,
            ["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] = LaunchUrl(toolBaseUrl),
            ["https://purl.imsglobal.org/spec/lti/claim/roles"] = new JsonArray(person.Roles.Select(r => (JsonNode)r).ToArray()),
            ["https://purl.imsglobal.org/spec/lti/claim/context"] = new JsonObject
            {
                ["id"] = SandboxCourse.ContextId,
                ["title"] = SandboxCourse.Title,
                ["label"] = SandboxCourse.Label,
                ["type"] = new JsonArray("http://purl.imsglobal.org/vocab/lis/v2/course#CourseSection"),
            },
            ["https://purl.imsglobal.org/spec/lti/claim/tool_platform"] = new JsonObject
            {
                ["guid"] = "sandbox",
                ["name"] = "LtiPathways sandbox",
                ["product_family_code"] = "ltipathways-sandbox",
            },
            ["https://purl.imsglobal.org/spec/lti/claim/launch_presentation"] = new JsonObject
            {
                ["document_target"] = "iframe",
                ["return_url"] = platformBaseUrl,
            },
            ["https://purl.imsglobal.org/spec/lti/claim/custom"] = new JsonObject { ["pathway"] = "cp" },
            ["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = new JsonObject
            {
                ["scope"] = new JsonArray(
                    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                ["lineitems"] = $"{platformBaseUrl}/courses/{SandboxCourse.ContextId}/lineitems",
            },
            ["https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"] = new JsonObject
            {
                ["context_memberships_url"] = $"{platformBaseUrl}/courses/{SandboxCourse.ContextId}/memberships",
                ["service_versions"] = new JsonArray("2.0"),
            },
        };

        switch (messageType)
        {
            case "LtiResourceLinkRequest":
                payload["https://purl.imsglobal.org/spec/lti/claim/resource_link"] = ResourceLink();
                break;
            case "LtiDeepLinkingRequest":
                payload["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = new JsonObject
                {
                    ["deep_link_return_url"] = platformBaseUrl + "/deep-link-return",
                    ["accept_types"] = new JsonArray("ltiResourceLink"),
                    ["accept_presentation_document_targets"] = new JsonArray("iframe", "window"),
                    ["accept_multiple"] = true,
                    ["auto_create"] = true,
                    ["data"] = "sandbox-deep-link",
                };
                break;
            case "LtiSubmissionReviewRequest":
                payload["https://purl.imsglobal.org/spec/lti/claim/resource_link"] = ResourceLink();
                payload["https://purl.imsglobal.org/spec/lti/claim/for_user"] = new JsonObject
                {
                    ["user_id"] = SandboxCourse.Find("student")!.Subject,
                    ["name"] = SandboxCourse.Find("student")!.Name,
                };
                break;
        }

        return payload;
    }

    public static string LaunchUrl(string toolBaseUrl) => toolBaseUrl.TrimEnd('/') + "/lti/launch";

    private static JsonObject ResourceLink() => new()
    {
        ["id"] = SandboxCourse.ResourceLinkId,
        ["title"] = SandboxCourse.ResourceLinkTitle,
    };
}
