using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Hosting;

public static class StartupTasks
{
    /// <summary>Before serving: apply migrations (SQLite in WAL mode), create the media folder, upsert configured platforms, make sure a signing key exists.</summary>
    public static async Task PrepareAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(services.GetRequiredService<IOptions<StorageOptions>>().Value.Root);
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<PathwaysDbContext>().PrepareAsync(cancellationToken);
        await provider.GetRequiredService<ConfiguredPlatformsSeeder>().SeedAsync(cancellationToken);
        await provider.GetRequiredService<ToolKeyStore>().EnsureSigningKeyAsync(cancellationToken);
    }
}
