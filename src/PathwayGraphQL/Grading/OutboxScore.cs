using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>A score a feature wants the platform to have: who, on which line item, what, and why.</summary>
public record OutboxScore(
    PlatformRegistration Registration,
    Guid CourseId,
    Guid? AssignmentId,
    LtiUser Student,
    string LineItemUrl,
    decimal? ScoreGiven,
    decimal? ScoreMaximum,
    string? Comment,
    ScoreEvent Event,
    DateTimeOffset? SubmittedAt = null);
