using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The login initiation URLs the sandbox course page opens in its iframe, one per role and message type.</summary>
public static class SandboxLaunchLinks
{
    public static string LoginUrl(
        SandboxAddresses addresses, SandboxPerson person, string messageType,
        string deploymentId = SandboxPlatform.DeploymentId, bool offerStorage = true, string? placementId = null,
        string? locale = null, string? timeZone = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["iss"] = SandboxPlatform.Issuer,
            ["login_hint"] = person.Subject,
            ["target_link_uri"] = SandboxMessage.LaunchUrl(addresses.ToolBaseUrl),
            ["lti_message_hint"] = JsonSerializer.Serialize(new SandboxMessageHint(messageType, deploymentId, placementId, locale, timeZone)),
            ["client_id"] = SandboxPlatform.ClientId,
            ["lti_deployment_id"] = deploymentId,
        };
        if (offerStorage)
        {
            query["lti_storage_target"] = "_parent";
        }

        return QueryHelpers.AddQueryString(addresses.ToolBaseUrl + "/lti/login", query);
    }
}
