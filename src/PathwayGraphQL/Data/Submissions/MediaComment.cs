namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>A teacher's remark at one moment of a video or audio file; the student sees it once the grade is released.</summary>
public class MediaComment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SubmissionFileId { get; set; }
    public Guid AuthorUserId { get; set; }
    public double Seconds { get; set; }
    public required string Text { get; set; }

    /// <summary>The rubric criterion the remark is about, as the rubric names it; null for a general remark.</summary>
    public string? CriterionId { get; set; }

    public DateTime CreatedAt { get; set; }
}
