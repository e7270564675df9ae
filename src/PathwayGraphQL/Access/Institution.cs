namespace LtiPathways.PathwayGraphQL.Access;

/// <summary>A school as the tool knows it: one platform registration and one of its deployments.</summary>
public sealed record Institution(Guid RegistrationId, Guid DeploymentId);
