namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>
/// A student's one plan at an institution (registration and deployment), across courses and years. The document lives
/// in its versions; <see cref="Concurrency"/> changes on every save, so a save based on an older version is a conflict.
/// </summary>
public class PathwayPlan
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid StudentUserId { get; set; }
    public required string TemplateKey { get; set; }
    public int TemplateVersion { get; set; }
    public int CurrentVersion { get; set; }
    public Guid Concurrency { get; set; } = Guid.NewGuid();
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<PlanVersion> Versions { get; set; } = [];
    public List<PlanSignOff> SignOffs { get; set; } = [];
    public List<PlanComment> Comments { get; set; } = [];
}
