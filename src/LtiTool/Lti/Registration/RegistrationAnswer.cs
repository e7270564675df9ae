using System.Text.Json;
using LtiPathways.LtiTool.Lti.Services;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>
/// The platform's answer to a registration (DR 1.0 section 3.6), read leniently: Moodle sends application_type as an
/// array and the deployment_id inside the tool configuration; client_id may be a string or a number.
/// </summary>
public record RegistrationAnswer(string ClientId, string? DeploymentId, string? Scope)
{
    public static RegistrationAnswer? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || JsonText.Member(root, "client_id") is not { Length: > 0 } clientId)
            {
                return null;
            }

            var tool = root.TryGetProperty(ToolRegistrationDocument.ToolConfigurationClaim, out var t) ? t : default;
            return new RegistrationAnswer(clientId, JsonText.Member(tool, "deployment_id") ?? JsonText.Member(root, "deployment_id"), JsonText.Member(root, "scope"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

}
