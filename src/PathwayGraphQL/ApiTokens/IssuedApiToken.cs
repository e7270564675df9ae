using LtiPathways.PathwayGraphQL.Data.Api;

namespace LtiPathways.PathwayGraphQL.ApiTokens;

/// <summary>A token just created: the stored row and the secret, which exists only here and is shown once.</summary>
public sealed record IssuedApiToken(ApiToken Token, string Secret);
