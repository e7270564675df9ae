using LtiPathways.PathwayGraphQL.Pathways.History;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>A signature on one plan version: by a person the tool knows, or by a typed name (a parent without an account).</summary>
public class PlanSignOff
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public int VersionNumber { get; set; }
    public SignOffRole Role { get; set; }
    public Guid? PersonUserId { get; set; }
    public required string Name { get; set; }
    public DateTime SignedAt { get; set; }
}
