using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Api;

namespace LtiPathways.PathwayGraphQL.ApiTokens;

/// <summary>What a presented, live API token allows: its institution and whether it may write.</summary>
public sealed record ApiTokenGrant(Guid TokenId, string Name, Institution Institution, ApiTokenScope Scope);
