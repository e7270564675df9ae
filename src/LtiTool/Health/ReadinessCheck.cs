using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LtiPathways.LtiTool.Health;

/// <summary>Ready when the database answers and every migration has been applied.</summary>
public class ReadinessCheck(PathwaysDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Database reachable, migrations applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied.");
    }
}
