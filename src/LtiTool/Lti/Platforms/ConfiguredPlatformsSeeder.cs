using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti.Platforms;

/// <summary>Upserts the platforms listed in <c>Lti:Platforms</c> at start-up.</summary>
public class ConfiguredPlatformsSeeder(PlatformRegistry registry, IOptions<LtiOptions> options, ILogger<ConfiguredPlatformsSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var platform in options.Value.Platforms)
        {
            await registry.UpsertAsync(platform, RegistrationSource.Configuration, cancellationToken);
            logger.LogInformation("Platform {Issuer} ({ClientId}) registered from configuration with {Count} deployment(s)",
                platform.Issuer, platform.ClientId, platform.DeploymentIds.Count);
        }
    }
}
