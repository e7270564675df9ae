namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>A course a provider offers, with the credential it leads to and who recognises that credential.</summary>
public class ProviderCourse
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProviderId { get; set; }
    public string Title { get; set; } = "";
    public CourseModality Modality { get; set; }
    public decimal Hours { get; set; }

    /// <summary>As the provider states it (currency and per student or per cohort), so free text.</summary>
    public string Cost { get; set; } = "";
    public string Credential { get; set; } = "";
    public string Recognition { get; set; } = "";
}
