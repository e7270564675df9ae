using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Services;

/// <summary>An OAuth 2 access token for calling a platform's LTI Advantage services with the given scopes.</summary>
public interface IPlatformAccessTokenProvider
{
    Task<string> GetTokenAsync(PlatformRegistration registration, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken);

    /// <summary>Forgets a cached token the platform refused, so the next call asks for a new one.</summary>
    void Forget(PlatformRegistration registration, IReadOnlyCollection<string> scopes);
}
