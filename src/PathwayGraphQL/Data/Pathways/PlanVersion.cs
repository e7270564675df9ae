namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>One saved state of a plan, never changed afterwards: the history and the diffs are read from these.</summary>
public class PlanVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public int Number { get; set; }

    /// <summary>The document as <c>PlanDocumentJson</c> writes it.</summary>
    public required string DocumentJson { get; set; }

    public Guid SavedByUserId { get; set; }
    public DateTime SavedAt { get; set; }
}
