namespace LtiPathways.PathwayGraphQL.Data.Grading;

/// <summary>A teacher's mark for one student on one assignment; it stays a draft until released.</summary>
public class Grade
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }
    public Guid StudentUserId { get; set; }
    public decimal? Points { get; set; }
    public string Comment { get; set; } = "";
    public DateTime? ReleasedAt { get; set; }
    public Guid? GradedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
}
