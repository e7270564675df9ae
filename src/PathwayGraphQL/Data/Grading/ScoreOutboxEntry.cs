namespace LtiPathways.PathwayGraphQL.Data.Grading;

/// <summary>
/// One AGS score waiting to reach the platform. Written in the same transaction as the change that causes it
/// (a submission, a released grade), so a score is never lost between the two.
/// </summary>
public class ScoreOutboxEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid CourseId { get; set; }
    public Guid? AssignmentId { get; set; }
    public Guid UserId { get; set; }
    public required string LineItemUrl { get; set; }

    /// <summary>The score document (application/vnd.ims.lis.v1.score+json) as it will be posted.</summary>
    public required string PayloadJson { get; set; }

    /// <summary>The score's timestamp; strictly increasing per (line item, user), and the send order.</summary>
    public DateTime Timestamp { get; set; }

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
