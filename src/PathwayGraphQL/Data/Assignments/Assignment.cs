namespace LtiPathways.PathwayGraphQL.Data.Assignments;

/// <summary>What a teacher placed in a course by deep linking: assessed work, a planner link or a dashboard link.</summary>
public class Assignment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CourseId { get; set; }
    public AssignmentKind Kind { get; set; }
    public required string Title { get; set; }
    public string Instructions { get; set; } = "";

    /// <summary>Allowed submission types (essay, video, audio, link, file), comma separated.</summary>
    public string SubmissionTypes { get; set; } = "";

    /// <summary>The rubric template or rubric the work is marked with, when one was chosen.</summary>
    public string? Rubric { get; set; }

    public decimal? PointsPossible { get; set; }
    public DateTime? DueAt { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
