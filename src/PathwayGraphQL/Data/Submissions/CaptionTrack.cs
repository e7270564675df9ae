namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>A WebVTT caption file for one media file (SRT uploads are converted on the way in).</summary>
public class CaptionTrack
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SubmissionFileId { get; set; }
    public string Language { get; set; } = "en";
    public string Label { get; set; } = "English";
    public required string Sha256 { get; set; }
    public required string StorageKey { get; set; }
    public Guid UploadedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
