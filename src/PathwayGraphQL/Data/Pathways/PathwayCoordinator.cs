namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>
/// A person an administrator named coordinator for an institution (registration and deployment): they read and comment on
/// every plan there and may waive requirements, whatever course they launch from.
/// </summary>
public class PathwayCoordinator
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid UserId { get; set; }
    public Guid? AddedByUserId { get; set; }
    public DateTime AddedAt { get; set; }
}
