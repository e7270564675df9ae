using System.Text.Json.Serialization;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>An AGS 2.0 line item (section 3.2): a gradebook column.</summary>
public sealed record LineItem
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("label")] public required string Label { get; init; }
    [JsonPropertyName("scoreMaximum")] public decimal ScoreMaximum { get; init; }
    [JsonPropertyName("resourceLinkId")] public string? ResourceLinkId { get; init; }
    [JsonPropertyName("resourceId")] public string? ResourceId { get; init; }
    [JsonPropertyName("tag")] public string? Tag { get; init; }
    [JsonPropertyName("startDateTime")] public string? StartDateTime { get; init; }
    [JsonPropertyName("endDateTime")] public string? EndDateTime { get; init; }
}
