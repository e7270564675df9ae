using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Grading;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Telemetry;

/// <summary>
/// How many scores wait in the outbox and since when: one aggregate over the (Status, NextAttemptAt) index, run only
/// when metrics are collected (a scrape, or an OTLP export), never on a request's path.
/// </summary>
public sealed class ScoreOutboxReading(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScoreOutboxReading> logger)
{
    /// <summary>Null when the database cannot be read: the gauges then report nothing rather than a false zero.</summary>
    public OutboxDepth? Read()
    {
        // Observable instruments are read synchronously by the exporter.
        try
        {
            using var scope = scopes.CreateScope();
            var queued = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().ScoreOutbox.AsNoTracking()
                .Where(e => e.Status == ScoreDeliveryStatus.Queued)
                .GroupBy(e => 1)
                .Select(g => new { Count = g.Count(), Oldest = g.Min(e => e.CreatedAt) })
                .FirstOrDefault();
            return queued is null
                ? new OutboxDepth(0, 0)
                : new OutboxDepth(queued.Count, Math.Max(0, (clock.GetUtcNow().UtcDateTime - queued.Oldest).TotalSeconds));
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "The score outbox could not be read for its metrics");
            return null;
        }
    }
}

/// <summary>Scores waiting, and the age in seconds of the oldest of them.</summary>
public readonly record struct OutboxDepth(int Queued, double OldestAgeSeconds);
