namespace LtiPathways.PathwayGraphQL.Data.Platforms;

/// <summary>One installation of the tool inside a platform (an account, a sub-account or a course).</summary>
public class PlatformDeployment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public PlatformRegistration? Registration { get; set; }
    public required string DeploymentId { get; set; }

    /// <summary>
    /// When it was removed while courses still belonged to it: they keep it, so their work stays whole, but no launch
    /// is accepted from it until it is added again. An unused deployment is deleted instead.
    /// </summary>
    public DateTime? RetiredAt { get; set; }

    public bool IsActive => RetiredAt is null;
}
