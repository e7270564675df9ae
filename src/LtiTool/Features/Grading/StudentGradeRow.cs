namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>One student on the teacher's assignment page: their work, their mark, and how its passback to the LMS is going.</summary>
public record StudentGradeRow(
    Guid UserId, string Name, string Submission, decimal? Points, string Comment, DateTime? ReleasedAt, PassbackState Passback, string? PassbackReason,
    bool HandedIn)
{
    /// <summary>Why this student's Release is off, or null when there is something to release.</summary>
    public string? NothingToRelease => HandedIn || Points is not null ? null : "Nothing to release: nothing handed in and no points yet.";
}
