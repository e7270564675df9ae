using LtiPathways.PathwayGraphQL.Data.Api;

namespace LtiPathways.PathwayGraphQL.ApiTokens;

/// <summary>A token as lists show it: never its secret.</summary>
public sealed record ApiTokenRow(
    Guid Id, string Name, ApiTokenScope Scope, string Hint, string Issuer, string ClientId, string DeploymentId,
    DateTime CreatedAt, string CreatedBy, DateTime? LastUsedAt, DateTime? RevokedAt);
