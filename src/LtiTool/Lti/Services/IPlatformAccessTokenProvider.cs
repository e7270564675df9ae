using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Services;

/// <summary>An OAuth 2 access token for calling a platform's LTI Advantage services with the given scopes.</summary>
public interface IPlatformAccessTokenProvider
{
    /// <summary>Pass the token a service just refused (401) to get a fresh one instead of the cached one.</summary>
    Task<string> GetTokenAsync(
        PlatformRegistration registration, IReadOnlyList<string> scopes, string? rejected, CancellationToken cancellationToken);
}
