using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Storage;

/// <summary>
/// The one way to remove a stored blob. Evidence belongs to the student's portfolio, so a blob still used by any
/// submission file, caption or partnership agreement is refused; every removal leaves a <see cref="BlobDeletion"/> record.
/// </summary>
public class BlobRemoval(PathwaysDbContext db, IBlobStore store, TimeProvider clock, ILogger<BlobRemoval> logger) : IBlobRemoval
{
    public async Task<bool> RemoveAsync(string key, string reason, Guid? requestedBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A removal needs a reason for the audit record.", nameof(reason));
        }

        if (await db.SubmissionFiles.AnyAsync(f => f.StorageKey == key, cancellationToken)
            || await db.CaptionTracks.AnyAsync(c => c.StorageKey == key, cancellationToken)
            || await db.PartnershipAgreements.AnyAsync(a => a.FileKey == key, cancellationToken))
        {
            return false;
        }

        db.BlobDeletions.Add(new BlobDeletion
        {
            StorageKey = key, Reason = reason, RequestedByUserId = requestedBy, DeletedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await store.EraseAsync(key, cancellationToken);
        logger.LogInformation("Blob {Key} removed: {Reason} (requested by {User})", key, reason, requestedBy);
        return true;
    }
}
