namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>A resumable (tus) upload in progress: the bytes so far sit in a temp file named by <see cref="Id"/>.</summary>
public class UploadSession
{
    /// <summary>Random and unguessable; still, only <see cref="OwnerUserId"/> may resume it.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegistrationId { get; set; }
    /// <summary>The course and assignment of an upload for a submission; null for a plan's recording.</summary>
    public Guid? CourseId { get; set; }

    public Guid? AssignmentId { get; set; }

    /// <summary>The plan a reflection recording is for; null for an upload for a submission.</summary>
    public Guid? PlanId { get; set; }

    public Guid OwnerUserId { get; set; }
    public SubmissionType Purpose { get; set; } = SubmissionType.File;
    /// <summary>Null while a recording is still growing (tus creation-defer-length); set by the PATCH that ends it.</summary>
    public long? DeclaredLength { get; set; }

    /// <summary>The most this upload may grow to, fixed when it was created from the assignment's and the tool's limits.</summary>
    public long MaxLength { get; set; }
    public long Offset { get; set; }
    public string OriginalName { get; set; } = "";
    public UploadSessionStatus Status { get; set; } = UploadSessionStatus.Active;

    /// <summary>Set when the upload completed and its file joined the student's draft.</summary>
    public Guid? SubmissionFileId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
