namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>
/// One attempt of one student at one assignment. A draft changes freely; once submitted it is an immutable snapshot,
/// and the next change starts a new attempt. Its parts sit side by side: the essay, the link, and the files, each file
/// marked with the part it belongs to (<see cref="SubmissionFile.Part"/>); a part is there when it has content.
/// </summary>
public class Submission
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }

    /// <summary>Copied from the assignment so every query can be scoped by course without a join.</summary>
    public Guid CourseId { get; set; }

    public Guid StudentUserId { get; set; }
    public int Attempt { get; set; } = 1;
    public SubmissionStatus Status { get; set; } = SubmissionStatus.Draft;

    /// <summary>What the student typed (Markdown); <see cref="EssayHtml"/> is its sanitised rendering.</summary>
    public string EssayMarkdown { get; set; } = "";

    public string EssayHtml { get; set; } = "";
    public int WordCount { get; set; }
    public string? LinkUrl { get; set; }
    public string? LinkTitle { get; set; }
    public string? LinkDescription { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public bool IsLate { get; set; }
    public List<SubmissionFile> Files { get; set; } = [];
}
