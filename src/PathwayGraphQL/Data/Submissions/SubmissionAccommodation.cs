namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>
/// What a teacher granted one student on one assignment: a later due date, extra ways to submit, or both.
/// The class's own settings stay as they are; the student's effective rules combine the two.
/// </summary>
public class SubmissionAccommodation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }

    /// <summary>Copied from the assignment so every query can be scoped by course without a join.</summary>
    public Guid CourseId { get; set; }

    public Guid StudentUserId { get; set; }

    /// <summary>The student's own due date; it counts only when it is later than the class's.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>Submission types allowed to this student beyond the class's, comma separated like Assignment.SubmissionTypes.</summary>
    public string ExtraTypes { get; set; } = "";

    /// <summary>For staff only: why, or what was agreed.</summary>
    public string Note { get; set; } = "";

    public Guid SetByUserId { get; set; }
    public DateTime SetAt { get; set; }
}
