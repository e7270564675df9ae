using LtiPathways.LtiTool.Lti.Services;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Tests.Nrps;

/// <summary>An access token provider that always hands out the same token.</summary>
public sealed class StaticTokens : IPlatformAccessTokenProvider
{
    public Task<string> GetTokenAsync(
        PlatformRegistration registration, IReadOnlyList<string> scopes, string? rejected, CancellationToken cancellationToken) =>
        Task.FromResult("test-token");
}
