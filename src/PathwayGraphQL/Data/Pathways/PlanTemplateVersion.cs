using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>
/// One version of a template as an institution (registration and deployment) uses it. Versions are kept once plans
/// use them: a plan names its template by key and version, so an edit never changes what a signed plan was measured against.
/// </summary>
public class PlanTemplateVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public required string Key { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public Programme Programme { get; set; }

    /// <summary>The whole template as <c>PlanTemplateJson</c> writes it.</summary>
    public required string TemplateJson { get; set; }

    public Guid? SavedByUserId { get; set; }
    public DateTime SavedAt { get; set; }
}
