namespace LtiPathways.PathwayGraphQL.Data.Platforms;

/// <summary>One installation of the tool inside a platform (an account, a sub-account or a course).</summary>
public class PlatformDeployment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public PlatformRegistration? Registration { get; set; }
    public required string DeploymentId { get; set; }
}
