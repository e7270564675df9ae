namespace LtiPathways.PathwayGraphQL.Schema.Institutions;

/// <summary>The school the caller belongs to: one LMS registration and deployment.</summary>
public sealed record InstitutionNode(Guid DeploymentId, string Name, string Issuer, string LmsDeploymentId);
