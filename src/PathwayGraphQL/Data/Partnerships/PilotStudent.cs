namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>A student of the institution chosen for the pilot cohort with a provider.</summary>
public class PilotStudent
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProviderId { get; set; }
    public Guid StudentUserId { get; set; }
    public DateTime AddedAt { get; set; }
}
