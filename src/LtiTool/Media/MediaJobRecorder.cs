using System.Security.Cryptography;
using LtiPathways.LtiTool.Storage;
using LtiPathways.LtiTool.Telemetry;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Media;

/// <summary>
/// Every write of a leased job, each conditional on the lease still being this instance's: renewal, hand-back,
/// and the outcome (derived files stored and linked to the original, or a retry with backoff, or Failed with a reason).
/// </summary>
public sealed class MediaJobRecorder(IServiceScopeFactory scopes, IBlobStore store, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaJobRecorder> logger,
    ToolMetrics metrics)
{
    public async Task RenewAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var until = clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration;
        await Db(scope).MediaJobs.Where(j => j.Id == job.JobId && j.LeaseOwner == job.Lease)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseUntil, until), cancellationToken);
    }

    /// <summary>Gives the job back unchanged (this attempt does not count), for another instance or the next start.</summary>
    public async Task ReleaseAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        await Db(scope).MediaJobs.Where(j => j.Id == job.JobId && j.LeaseOwner == job.Lease)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, MediaJobStatus.Queued)
                .SetProperty(j => j.Attempts, j => j.Attempts - 1)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null), cancellationToken);
    }

    public async Task RecordAsync(LeasedJob job, MediaResult result, CancellationToken cancellationToken)
    {
        if (result.Failure is not null)
        {
            await RecordFailureAsync(job, result, cancellationToken);
            return;
        }

        var stored = new List<(MediaOutput Output, StoredBlob Blob)>();
        foreach (var output in result.Outputs)
        {
            string sha256;
            await using (var file = File.OpenRead(output.Path))
            {
                sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
            }

            stored.Add((output, await store.PutFileAsync(output.Path, sha256, cancellationToken)));
        }

        using var scope = scopes.CreateScope();
        var db = Db(scope);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var original = await db.SubmissionFiles.FirstOrDefaultAsync(f => f.Id == job.FileId, cancellationToken);
        var finished = original is null ? 0 : await db.MediaJobs.Where(j => j.Id == job.JobId && j.LeaseOwner == job.Lease)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, MediaJobStatus.Done)
                .SetProperty(j => j.CompletedAt, now)
                .SetProperty(j => j.LastError, (string?)null)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null), cancellationToken);
        if (finished == 0)
        {
            // The lease went to another instance, or a retake replaced the file; their outcome stands, not ours.
            logger.LogInformation("Media job {Job} was no longer ours when it finished; its outputs are not linked", job.JobId);
            return;
        }

        var probe = result.Probe!;
        original!.DurationSeconds = probe.DurationSeconds;
        original.Codecs = probe.Codecs;
        original.Width = probe.Width;
        original.Height = probe.Height;
        var earlier = await db.SubmissionFiles.Where(f => f.DerivedFromFileId == original.Id).ToListAsync(cancellationToken);
        db.SubmissionFiles.RemoveRange(earlier);
        db.SubmissionFiles.AddRange(stored.Select(s => new SubmissionFile
        {
            SubmissionId = original.SubmissionId, PlanId = original.PlanId, Part = original.Part, Role = s.Output.Role, DerivedFromFileId = original.Id, Sha256 = s.Blob.Sha256,
            Size = s.Blob.Size, MediaType = s.Output.MediaType, OriginalName = Path.GetFileName(s.Output.Path), StorageKey = s.Blob.Key,
            DurationSeconds = s.Output.Role == SubmissionFileRole.Playback ? probe.DurationSeconds : null, CreatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RecordFailureAsync(LeasedJob job, MediaResult result, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var giveUp = result.Permanent || job.Attempts >= settings.MaxAttempts;
        var reason = giveUp && !result.Permanent ? $"Gave up after {job.Attempts} attempts. {result.Failure}" : result.Failure!;
        var now = clock.GetUtcNow().UtcDateTime;
        logger.LogWarning("Media job {Job} attempt {Attempt}: {Reason}", job.JobId, job.Attempts, reason);
        metrics.MediaJobFailed(final: giveUp);
        using var scope = scopes.CreateScope();
        await Db(scope).MediaJobs.Where(j => j.Id == job.JobId && j.LeaseOwner == job.Lease)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Status, giveUp ? MediaJobStatus.Failed : MediaJobStatus.Queued)
                .SetProperty(j => j.NextAttemptAt, now + settings.RetryDelay(job.Attempts))
                .SetProperty(j => j.LastError, reason.Length > 2000 ? reason[..2000] : reason)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null), cancellationToken);
    }

    private static PathwaysDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
}
