using LtiPathways.LtiTool.Telemetry;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti.Ags.Delivery;

/// <summary>
/// Sends queued scores. Each pass leases due entries with one conditional UPDATE, so several instances never send the same
/// entry; only the oldest queued entry per (line item, user) is leasable, so scores arrive in timestamp order.
/// Everything lives in the database: a restarted instance picks up where it stopped.
/// </summary>
public sealed class ScoreDeliveryWorker(
    IServiceScopeFactory scopes, ScoreClient scores, PlatformThrottle throttle, RetrySchedule schedule,
    TimeProvider clock, IOptions<ScoreDeliveryOptions> options, IHostApplicationLifetime lifetime, ILogger<ScoreDeliveryWorker> logger,
    ToolMetrics metrics)
    : BackgroundService
{
    private const int MaxPassesPerTick = 1000;

    public string InstanceName { get; } = string.IsNullOrEmpty(options.Value.InstanceName)
        ? $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}"
        : options.Value.InstanceName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // Platforms may be this very process (the sandbox); sending before the server listens would wait on ourselves.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                for (var pass = 0; pass < MaxPassesPerTick && await DeliverDueAsync(stoppingToken) > 0; pass++)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Score delivery pass failed; the entries stay queued and their leases expire.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: lease a batch of due entries, send them, record the outcomes. Returns how many entries it leased.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var now = clock.GetUtcNow();
        var lease = $"{InstanceName}/{Guid.NewGuid():N}";
        var leaseUntil = now + settings.LeaseDuration;
        var leased = await LeaseDueAsync(db, lease, now, cancellationToken);
        if (leased == 0)
        {
            return 0;
        }

        var entries = await db.ScoreOutbox.AsNoTracking()
            .Where(e => e.LeaseOwner == lease && e.Status == ScoreDeliveryStatus.Queued)
            .OrderBy(e => e.Timestamp)
            .ToListAsync(cancellationToken);
        var courseIds = entries.Select(e => e.CourseId).Distinct().ToList();
        var access = await db.Courses.AsNoTracking()
            .Where(c => courseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.ServiceScopes, c.Deployment!.Registration })
            .ToDictionaryAsync(c => c.Id, c => new AgsAccess(c.Registration!, c.ServiceScopes), cancellationToken);

        var verdicts = new DeliveryVerdict[entries.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, entries.Count),
            new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken },
            async (i, token) => verdicts[i] = await SendAsync(entries[i], access.GetValueOrDefault(entries[i].CourseId), leaseUntil, token));

        await RecordAsync(db, lease, entries, verdicts, cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            metrics.ScoreDeliveryAttempted(access.GetValueOrDefault(entries[i].CourseId)?.Registration.Issuer, verdicts[i].Outcome.ToString(), verdicts[i].StatusCode);
        }

        return leased;
    }

    /// <summary>
    /// Marks up to a batch of due entries as held by <paramref name="lease"/>, in one UPDATE; returns how many.
    /// The conditions are stated on the updated rows and not only in the subquery that picks the batch: PostgreSQL checks
    /// them again on a row another instance changed meanwhile (a subquery's it does not), so that row is skipped, not taken twice.
    /// </summary>
    internal Task<int> LeaseDueAsync(PathwaysDbContext db, string lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowUtc = now.UtcDateTime;
        var leaseUntil = (now + options.Value.LeaseDuration).UtcDateTime;
        var due = db.ScoreOutbox
            .Where(e => e.Status == ScoreDeliveryStatus.Queued && e.NextAttemptAt <= nowUtc && (e.LeaseUntil == null || e.LeaseUntil < nowUtc))
            .Where(e => !db.ScoreOutbox.Any(o => o.Status == ScoreDeliveryStatus.Queued
                && o.LineItemUrl == e.LineItemUrl && o.UserId == e.UserId && o.Timestamp < e.Timestamp));
        var batch = due.OrderBy(e => e.NextAttemptAt).Take(options.Value.BatchSize).Select(e => e.Id);
        return due
            .Where(e => batch.Contains(e.Id))
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.LeaseOwner, lease)
                .SetProperty(e => e.LeaseUntil, leaseUntil), cancellationToken);
    }

    private async Task<DeliveryVerdict> SendAsync(ScoreOutboxEntry entry, AgsAccess? access, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (access is null || access.Registration.Id != entry.RegistrationId)
        {
            return new(DeliveryOutcome.Failed, "The course or its LMS registration no longer exists in LtiPathways.");
        }

        if (!access.Registration.Enabled)
        {
            return new(DeliveryOutcome.Failed, "The LMS registration is disabled; an administrator must enable it before grades can be sent.");
        }

        if (throttle.PausedUntil(entry.RegistrationId, now) is { } pausedUntil)
        {
            return new(DeliveryOutcome.Postponed, NotBefore: pausedUntil);
        }

        if (leaseUntil - now < options.Value.RequestTimeout)
        {
            return new(DeliveryOutcome.Postponed, NotBefore: now);
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.RequestTimeout);
            var document = ScoreDocument.Build(entry, PlatformFamilies.Of(access.Registration));
            var reply = await scores.PostAsync(access, entry.LineItemUrl, document, timeout.Token);
            if (reply.StatusCode == 429 || reply.RateLimitRemaining == 0)
            {
                throttle.Pause(entry.RegistrationId, reply.RetryAt ?? clock.GetUtcNow() + options.Value.RateLimitPause);
            }

            return ScoreReplyRules.Judge(reply, retried: entry.Attempts > 0);
        }
        catch (PlatformServiceException e)
        {
            return new(e.Transient ? DeliveryOutcome.Retry : DeliveryOutcome.Failed, e.Message, e.StatusCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(DeliveryOutcome.Retry, "The LMS did not answer in time; it will try again.");
        }
    }

    private async Task RecordAsync(
        PathwaysDbContext db, string lease, List<ScoreOutboxEntry> entries, DeliveryVerdict[] verdicts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var verdict = verdicts[i];
            var attempts = verdict.Outcome == DeliveryOutcome.Postponed ? entry.Attempts : entry.Attempts + 1;
            var outcome = verdict.Outcome == DeliveryOutcome.Retry && attempts >= options.Value.MaxAttempts ? DeliveryOutcome.Failed : verdict.Outcome;
            var status = outcome switch
            {
                DeliveryOutcome.Sent => ScoreDeliveryStatus.Sent,
                DeliveryOutcome.Failed => ScoreDeliveryStatus.Failed,
                _ => ScoreDeliveryStatus.Queued,
            };
            var next = outcome switch
            {
                DeliveryOutcome.Retry => schedule.NextAttempt(now, attempts, verdict.NotBefore),
                DeliveryOutcome.Postponed => verdict.NotBefore ?? now,
                _ => now,
            };
            var reason = outcome == DeliveryOutcome.Failed && verdict.Outcome == DeliveryOutcome.Retry
                ? $"Gave up after {attempts} attempts. {verdict.Reason}"
                : verdict.Reason;
            if (outcome != DeliveryOutcome.Sent && outcome != DeliveryOutcome.Postponed)
            {
                logger.LogWarning("Score {Id} to {Url}: {Outcome} ({Status}) {Reason}", entry.Id, entry.LineItemUrl, outcome, verdict.StatusCode, verdict.Reason);
            }

            await db.ScoreOutbox
                .Where(e => e.Id == entry.Id && e.LeaseOwner == lease)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(e => e.Status, status)
                    .SetProperty(e => e.Attempts, attempts)
                    .SetProperty(e => e.NextAttemptAt, next.UtcDateTime)
                    .SetProperty(e => e.LastError, outcome == DeliveryOutcome.Sent ? null : reason ?? entry.LastError)
                    .SetProperty(e => e.LastStatusCode, verdict.StatusCode ?? entry.LastStatusCode)
                    .SetProperty(e => e.SentAt, outcome == DeliveryOutcome.Sent ? now.UtcDateTime : entry.SentAt)
                    .SetProperty(e => e.LeaseOwner, (string?)null)
                    .SetProperty(e => e.LeaseUntil, (DateTime?)null), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
