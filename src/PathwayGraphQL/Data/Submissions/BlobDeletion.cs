namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>The audit record of a stored blob removed on purpose: who, why and when.</summary>
public class BlobDeletion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string StorageKey { get; set; }
    public required string Reason { get; set; }
    public Guid? RequestedByUserId { get; set; }
    public DateTime DeletedAt { get; set; }
}
