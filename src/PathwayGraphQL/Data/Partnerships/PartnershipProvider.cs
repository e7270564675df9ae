namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>
/// An outside organisation an institution (registration and deployment) offers, or may offer, career-related study
/// with, and the partnership's record: needs analysis, liaison, evaluations, agreements, pilot, reviews and meetings.
/// </summary>
public class PartnershipProvider
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public string Organisation { get; set; } = "";
    public ProviderKind Kind { get; set; }
    public ProviderStatus Status { get; set; }
    public string? Website { get; set; }

    /// <summary>Which pathways the institution's students want from this provider, in the coordinator's words.</summary>
    public string NeedsAnalysis { get; set; } = "";
    public Guid? LiaisonUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ProviderCourse> Courses { get; set; } = [];
    public List<ProviderContact> Contacts { get; set; } = [];
}
