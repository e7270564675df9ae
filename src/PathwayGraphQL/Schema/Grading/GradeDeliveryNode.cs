using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Schema.People;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>A score of the outbox as the API shows it: what was sent to the LMS, and how its sending went.</summary>
public sealed record GradeDeliveryNode(
    PersonNode Student, ScoreDeliveryStatus Status, string? LastError, int? LastStatusCode, int Attempts, decimal? ScoreGiven,
    decimal? ScoreMaximum, GradingProgress GradingProgress, DateTime QueuedAt, DateTime? SentAt, DateTime NextAttemptAt);
