namespace LtiPathways.PathwayGraphQL.Data.Grading;

/// <summary>
/// One score waiting to reach the platform's gradebook: what the school decided, in the same transaction as the change that
/// causes it (a submission, a released grade), so a score is never lost between the two. The protocol's document is
/// written from it when it is sent.
/// </summary>
public class ScoreOutboxEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid CourseId { get; set; }
    public Guid? AssignmentId { get; set; }
    public Guid UserId { get; set; }
    public required string LineItemUrl { get; set; }

    /// <summary>The person as the platform knows them (their LTI subject when the score was decided).</summary>
    public string PlatformUserId { get; set; } = "";

    /// <summary>Both or neither: a score without its maximum means nothing to a gradebook.</summary>
    public decimal? ScoreGiven { get; set; }
    public decimal? ScoreMaximum { get; set; }

    public ActivityProgress ActivityProgress { get; set; }
    public GradingProgress GradingProgress { get; set; }
    public string? Comment { get; set; }

    /// <summary>The score's timestamp; strictly increasing per (line item, user), and the send order.</summary>
    public DateTime Timestamp { get; set; }

    /// <summary>What was handed in, when, and whether the gradebook hears of it for the first time; null where the score said nothing.</summary>
    public SubmittedWork? Work { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public bool? NewSubmission { get; set; }

    /// <summary>
    /// A score document queued by a version before the NeutralScoreOutbox upgrade that the upgrade could not read into the
    /// fields above; it is sent exactly as stored. Null for every other score.
    /// </summary>
    public string? LegacyDocument { get; set; }

    public ScoreDeliveryStatus Status { get; set; } = ScoreDeliveryStatus.Queued;
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public int? LastStatusCode { get; set; }

    /// <summary>Which tool instance holds the entry while sending, and until when; several instances never send one twice.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntil { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
}
