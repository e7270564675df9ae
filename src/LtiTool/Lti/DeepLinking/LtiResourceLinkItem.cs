using System.Globalization;
using System.Text.Json.Nodes;

namespace LtiPathways.LtiTool.Lti.DeepLinking;

/// <summary>An ltiResourceLink content item (Deep Linking 2.0 section 3.2).</summary>
public record LtiResourceLinkItem(
    string Url,
    string Title,
    string? Text,
    IReadOnlyDictionary<string, string> Custom,
    ContentItemLineItem? LineItem = null,
    PresentationTarget Presentation = PresentationTarget.None,
    DateTimeOffset? SubmissionEndsAt = null)
{
    public JsonObject ToJson()
    {
        var item = new JsonObject
        {
            ["type"] = DeepLinkingClaims.LtiResourceLinkType,
            ["url"] = Url,
            ["title"] = Title,
        };
        if (!string.IsNullOrEmpty(Text))
        {
            item["text"] = Text;
        }

        // Custom values must be strings (LTI Core 5.4.6).
        item["custom"] = new JsonObject(Custom.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));
        if (LineItem is { } lineItem)
        {
            item["lineItem"] = new JsonObject
            {
                ["label"] = lineItem.Label,
                ["scoreMaximum"] = lineItem.ScoreMaximum,
                ["resourceId"] = lineItem.ResourceId,
                ["tag"] = lineItem.Tag,
            };
        }

        switch (Presentation)
        {
            case PresentationTarget.Iframe:
                // "allow" is not a Deep Linking 2.0 member; platforms that build the frame from it grant recording, others ignore it (section 3.1: unknown members are ignored).
                item["iframe"] = new JsonObject { ["width"] = 1000, ["height"] = 800, ["allow"] = Manifests.ToolProfile.FrameAllow };
                break;
            case PresentationTarget.Window:
                item["window"] = new JsonObject { ["targetName"] = "ltipathways" };
                break;
        }

        if (SubmissionEndsAt is { } endsAt)
        {
            item["submission"] = new JsonObject
            {
                ["endDateTime"] = endsAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            };
        }

        return item;
    }
}
