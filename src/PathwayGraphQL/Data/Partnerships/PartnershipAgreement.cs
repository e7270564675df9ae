namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>The terms agreed with a provider for a period, with at most one signed document in the blob store.</summary>
public class PartnershipAgreement
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProviderId { get; set; }
    public string Responsibilities { get; set; } = "";
    public string DataSharing { get; set; } = "";
    public string QualityAssurance { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public string? FileKey { get; set; }
    public string? FileName { get; set; }
    public string? FileMediaType { get; set; }
    public long? FileSize { get; set; }
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}
