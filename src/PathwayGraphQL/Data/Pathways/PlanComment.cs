namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>An advisor's, coordinator's or the student's remark on a plan, tied to the version it was written about.</summary>
public class PlanComment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public int VersionNumber { get; set; }
    public Guid AuthorUserId { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}
