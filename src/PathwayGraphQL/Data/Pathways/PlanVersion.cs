namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>One saved state of a plan, never changed afterwards: the history and the diffs are read from these.</summary>
public class PlanVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public int Number { get; set; }

    /// <summary>The document as <c>PlanDocumentJson</c> writes it.</summary>
    public required string DocumentJson { get; set; }

    /// <summary>The person who saved it, or null when a district system's API token did (<see cref="SavedByApiTokenId"/>).</summary>
    public Guid? SavedByUserId { get; set; }

    public Guid? SavedByApiTokenId { get; set; }
    public DateTime SavedAt { get; set; }
}
