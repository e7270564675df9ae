using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>
/// Every Dashboards:RefreshEvery, evaluates again the plans whose summary went stale, institution by institution, so the
/// first coordinator after midnight does not wait for thousands of plans. Cheap when nothing is stale: one query each.
/// </summary>
public sealed class PlanSummaryWorker(IServiceScopeFactory scopes, IOptions<DashboardOptions> options, TimeProvider clock, ILogger<PlanSummaryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RefreshEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.RefreshEvery, clock);
        do
        {
            try
            {
                await RefreshAllAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Refreshing plan summaries failed; it runs again next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RefreshAllAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var institutions = await db.Plans.Select(p => new { p.RegistrationId, p.DeploymentId }).Distinct().ToListAsync(cancellationToken);
        var summaries = scope.ServiceProvider.GetRequiredService<PlanSummaries>();
        foreach (var institution in institutions)
        {
            var refreshed = await summaries.RefreshStaleAsync(new Institution(institution.RegistrationId, institution.DeploymentId), cancellationToken);
            if (refreshed > 0)
            {
                logger.LogInformation("Evaluated {Plans} plans again for deployment {DeploymentId}", refreshed, institution.DeploymentId);
            }
        }
    }
}
