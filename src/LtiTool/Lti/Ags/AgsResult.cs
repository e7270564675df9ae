using System.Text.Json.Serialization;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>An AGS 2.0 result (section 3.3): the platform's current score for one user on one line item.</summary>
public sealed record AgsResult
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("scoreOf")] public string? ScoreOf { get; init; }
    [JsonPropertyName("userId")] public required string UserId { get; init; }
    [JsonPropertyName("resultScore")] public decimal? ResultScore { get; init; }
    [JsonPropertyName("resultMaximum")] public decimal? ResultMaximum { get; init; }
    [JsonPropertyName("comment")] public string? Comment { get; init; }
}
