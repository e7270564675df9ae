using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.PathwayGraphQL.Data.Api;

/// <summary>
/// A district system's key to the GraphQL API: one institution (a registration and one of its deployments), read or
/// write. Only a hash of the secret is kept; the secret itself is shown once, when it is created.
/// </summary>
public class ApiToken
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public PlatformRegistration? Registration { get; set; }
    public Guid DeploymentId { get; set; }
    public PlatformDeployment? Deployment { get; set; }
    public required string Name { get; set; }
    public ApiTokenScope Scope { get; set; }

    /// <summary>SHA-256 of the whole token, lowercase hex: the secret is 256 random bits, so no slow hash is needed.</summary>
    public required string SecretHash { get; set; }

    /// <summary>The token's first characters, so a person can tell their tokens apart without the secret.</summary>
    public required string Hint { get; set; }

    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
