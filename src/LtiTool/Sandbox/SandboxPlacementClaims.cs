using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Launch;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>Turns a launch into a launch of a placed link: its resource link, its custom parameters and its coupled line item.</summary>
public static class SandboxPlacementClaims
{
    public static void Apply(JsonObject payload, SandboxGradebook gradebook, string? resourceLinkId, string platformBaseUrl)
    {
        if (resourceLinkId is null || !gradebook.Placements.TryGetValue(resourceLinkId, out var placement)
            || payload[LtiClaims.ResourceLink] is null)
        {
            return;
        }

        payload[LtiClaims.ResourceLink] = new JsonObject { ["id"] = placement.ResourceLinkId, ["title"] = placement.Title };
        payload[LtiClaims.Custom] = new JsonObject(placement.Custom.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        if (placement.LineItemId is { } lineItem && payload[LtiClaims.AssignmentAndGradeService] is JsonObject ags)
        {
            ags["lineitem"] = SandboxLineItemEndpoints.ItemUrl(platformBaseUrl, lineItem);
        }
    }
}
