using System.Text.Json.Nodes;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>Builds the id_token payloads the sandbox platform sends, with the claims a real LMS sends.</summary>
public static class SandboxMessage
{
    /// <summary>The opaque deep linking data the sandbox sends, and expects back unchanged.</summary>
    public const string DeepLinkingData = "sandbox-deep-link";

    /// <param name="placement">A deep-linked placement: its link id, title and custom parameters, and its line item.</param>
    public static JsonObject IdToken(
        SandboxPerson person, string messageType, string nonce, string toolBaseUrl, string platformBaseUrl,
        DateTimeOffset now, string deploymentId = SandboxPlatform.DeploymentId, SandboxPlacement? placement = null,
        string? locale = null, string? timeZone = null)
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
                ["locale"] = locale ?? "en",
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

        // As Canvas does for an observer linked to students in the course (LTI Core 1.3 section 5.4.3).
        if (person.Mentees is { Count: > 0 } mentees)
        {
            payload["https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor"] = new JsonArray(mentees.Select(m => (JsonNode)m).ToArray());
        }

        if (placement is not null)
        {
            Place(payload, placement, platformBaseUrl);
        }

        if (timeZone is not null)
        {
            payload["https://purl.imsglobal.org/spec/lti/claim/custom"]!["timezone"] = timeZone;
        }

        switch (messageType)
        {
            case "LtiResourceLinkRequest":
                payload["https://purl.imsglobal.org/spec/lti/claim/resource_link"] = ResourceLink(placement);
                break;
            case "LtiDeepLinkingRequest":
                payload["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = new JsonObject
                {
                    ["deep_link_return_url"] = platformBaseUrl + "/deep-link-return",
                    ["accept_types"] = new JsonArray("ltiResourceLink"),
                    ["accept_presentation_document_targets"] = new JsonArray("iframe", "window"),
                    ["accept_multiple"] = true,
                    ["auto_create"] = true,
                    ["data"] = DeepLinkingData,
                };
                break;
            case "LtiSubmissionReviewRequest":
                payload["https://purl.imsglobal.org/spec/lti/claim/resource_link"] = ResourceLink(placement);
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

    private static JsonObject ResourceLink(SandboxPlacement? placement) => new()
    {
        ["id"] = placement?.ResourceLinkId ?? SandboxCourse.ResourceLinkId,
        ["title"] = placement?.Title ?? SandboxCourse.ResourceLinkTitle,
    };

    /// <summary>A placed link launches with its own custom parameters and, when graded, its line item (AGS 2.0 section 3.4).</summary>
    private static void Place(JsonObject payload, SandboxPlacement placement, string platformBaseUrl)
    {
        payload["https://purl.imsglobal.org/spec/lti/claim/custom"] =
            new JsonObject(placement.Custom.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));
        if (placement.LineItemId is { } lineItemId)
        {
            payload["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"]!["lineitem"] = SandboxLineItemEndpoints.ItemUrl(platformBaseUrl, lineItemId);
        }
    }
}
