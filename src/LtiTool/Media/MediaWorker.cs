using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Media;

/// <summary>
/// Processes queued media jobs one at a time (ffmpeg already uses every core). A job is leased with one conditional
/// UPDATE, as <see cref="Lti.Ags.Delivery.ScoreDeliveryWorker"/> leases scores, and the lease is renewed while ffmpeg
/// runs; a job whose instance stopped is taken over once its lease runs out. Everything lives in the database.
/// </summary>
public sealed class MediaWorker(
    IServiceScopeFactory scopes, MediaProcessor processor, MediaJobRecorder recorder, IOptions<MediaOptions> options,
    IOptions<StorageOptions> storage, TimeProvider clock, ILogger<MediaWorker> logger) : BackgroundService
{
    public string InstanceName { get; } = string.IsNullOrEmpty(options.Value.InstanceName)
        ? $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}"
        : options.Value.InstanceName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                while (await ProcessDueAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Media pass failed; its job stays leased until the lease runs out, then runs again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Leases the next due job and processes it. Returns how many jobs it processed (0 or 1).</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken = default)
    {
        if (await LeaseAsync(cancellationToken) is not { } job)
        {
            return 0;
        }

        await RunAsync(job, cancellationToken);
        return 1;
    }

    /// <summary>Takes the next due job: queued and due, or running under a lease that ran out.</summary>
    internal async Task<LeasedJob?> LeaseAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var lease = $"{InstanceName}/{Guid.NewGuid():N}";
        return await LeaseNextAsync(db, lease, clock.GetUtcNow().UtcDateTime, cancellationToken) == 0
            ? null
            : await db.MediaJobs.AsNoTracking().Where(j => j.LeaseOwner == lease)
                .Select(j => new LeasedJob(j.Id, j.SubmissionFileId, lease, j.Attempts)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Marks the next due job as held by <paramref name="lease"/>, in one UPDATE; returns 1, or 0 when none is due.
    /// As in <see cref="Lti.Ags.Delivery.ScoreDeliveryWorker.LeaseDueAsync"/>, the conditions stand on the updated row itself,
    /// so PostgreSQL checks them again when another instance took the job meanwhile.
    /// </summary>
    internal Task<int> LeaseNextAsync(PathwaysDbContext db, string lease, DateTime now, CancellationToken cancellationToken)
    {
        var due = db.MediaJobs
            .Where(j => (j.Status == MediaJobStatus.Queued && j.NextAttemptAt <= now)
                || (j.Status == MediaJobStatus.Running && (j.LeaseUntil == null || j.LeaseUntil < now)));
        var next = due.OrderBy(j => j.NextAttemptAt).Take(1).Select(j => j.Id);
        return due
            .Where(j => next.Contains(j.Id))
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, MediaJobStatus.Running)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.LeaseOwner, lease)
                .SetProperty(j => j.LeaseUntil, now + options.Value.LeaseDuration), cancellationToken);
    }

    private async Task RunAsync(LeasedJob job, CancellationToken stoppingToken)
    {
        var work = Path.Combine(Path.GetFullPath(storage.Value.Root), "tmp", "media", job.JobId.ToString("N"));
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        running.CancelAfter(options.Value.MaxRunTime);
        var heartbeat = RenewLeaseAsync(job, running.Token);
        MediaResult result;
        try
        {
            // Whatever an interrupted run left here is half-written; start again from the original.
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }

            Directory.CreateDirectory(work);
            result = await ProcessFileAsync(job, work, running.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: hand the job back at once instead of leaving it until the lease runs out.
            await recorder.ReleaseAsync(job, CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException)
        {
            result = MediaResult.Failed($"Processing took longer than {options.Value.MaxRunTime.TotalMinutes:0} minutes and was stopped.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Media job {Job} could not use its files", job.JobId);
            result = MediaResult.Failed("The media files could not be read or written on the server; an administrator should check the storage.");
        }
        finally
        {
            await running.CancelAsync();
            await heartbeat;
        }

        try
        {
            await recorder.RecordAsync(job, result, CancellationToken.None);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private async Task<MediaResult> ProcessFileAsync(LeasedJob job, string work, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IBlobStore>();
        var file = await db.SubmissionFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == job.FileId, cancellationToken);
        if (file is null || !await store.ExistsAsync(file.StorageKey, cancellationToken))
        {
            return MediaResult.Failed("The original file is no longer stored, so it cannot be processed.", permanent: true);
        }

        var input = store.LocalPath(file.StorageKey);
        if (input is null)
        {
            input = Path.Combine(work, "original");
            await using var source = await store.OpenReadAsync(file.StorageKey, cancellationToken);
            await using var copy = File.Create(input);
            await source.CopyToAsync(copy, cancellationToken);
        }

        return await processor.ProcessAsync(input, file.MediaType, work, cancellationToken);
    }

    private async Task RenewLeaseAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.LeaseDuration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await recorder.RenewAsync(job, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended; the recorder writes the outcome under the same lease.
        }
    }
}
