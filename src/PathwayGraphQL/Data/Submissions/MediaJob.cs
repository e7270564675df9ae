namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>
/// Probe, poster and (when needed) transcode of one original media file. Kept in the database with a lease,
/// so a job a stopped instance held is picked up again after its lease runs out.
/// </summary>
public class MediaJob
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SubmissionFileId { get; set; }
    public MediaJobStatus Status { get; set; } = MediaJobStatus.Queued;
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
