namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>
/// A file of a submission, or a recording of a pathway plan's reflection, pointing at a content-addressed blob (several
/// rows may share one blob). Exactly one of <see cref="SubmissionId"/> and <see cref="PlanId"/> is set.
/// </summary>
public class SubmissionFile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? SubmissionId { get; set; }
    public Submission? Submission { get; set; }

    /// <summary>A reflection or journal recording made for this plan: same store, same media jobs, no assignment.</summary>
    public Guid? PlanId { get; set; }
    public SubmissionFileRole Role { get; set; } = SubmissionFileRole.Original;

    /// <summary>The part of the submission it belongs to: a video or audio recording, or a file (renditions share their original's).</summary>
    public SubmissionType Part { get; set; } = SubmissionType.File;

    /// <summary>For a playback copy or poster: the original it was made from.</summary>
    public Guid? DerivedFromFileId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content; also names the blob.</summary>
    public required string Sha256 { get; set; }

    public long Size { get; set; }

    /// <summary>The type found in the file's first bytes, never the browser's claim.</summary>
    public required string MediaType { get; set; }

    public string OriginalName { get; set; } = "";
    public required string StorageKey { get; set; }
    public double? DurationSeconds { get; set; }
    public string? Codecs { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public DateTime CreatedAt { get; set; }
}
