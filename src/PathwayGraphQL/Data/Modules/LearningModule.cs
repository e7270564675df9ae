namespace LtiPathways.PathwayGraphQL.Data.Modules;

/// <summary>An institution's self-paced module, its steps kept as the module's JSON; its key is what requirements name.</summary>
public class LearningModule
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string ModuleJson { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
}
