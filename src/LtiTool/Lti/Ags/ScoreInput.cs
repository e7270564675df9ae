using LtiPathways.PathwayGraphQL.Grading;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>The facts a score document is built from.</summary>
public record ScoreInput(
    string UserId,
    decimal? ScoreGiven,
    decimal? ScoreMaximum,
    string? Comment,
    DateTimeOffset Timestamp,
    ScoreEvent Event,
    CanvasSubmission? Canvas = null);
