using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>Expires abandoned uploads and removes their partial files, and any partial file no active upload owns.</summary>
public class UploadCleanup(PathwaysDbContext db, UploadFolder folder, UploadHashes hashes, TimeProvider clock, ILogger<UploadCleanup> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.UploadSessions
            .Where(u => u.Status == UploadSessionStatus.Active && u.ExpiresAt <= now)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in candidates)
        {
            // Conditional: of several instances sweeping at once, one expires each upload, and none one that a PATCH just renewed.
            var won = await db.UploadSessions
                .Where(u => u.Id == id && u.Status == UploadSessionStatus.Active && u.ExpiresAt <= now)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.Status, UploadSessionStatus.Expired), cancellationToken);
            if (won == 1)
            {
                File.Delete(folder.PathOf(id));
                hashes.Forget(id);
                expired++;
            }
        }

        if (!Directory.Exists(folder.Root))
        {
            return expired;
        }

        // Files first: an upload's row exists before its file, so a file seen here has its row in the list read after it,
        // even when another instance (or request) started that upload a moment ago.
        var parts = Directory.GetFiles(folder.Root, "*.part");
        var active = (await db.UploadSessions.Where(u => u.Status == UploadSessionStatus.Active).Select(u => u.Id).ToListAsync(cancellationToken))
            .Select(id => id.ToString("N")).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in parts.Where(p => !active.Contains(Path.GetFileNameWithoutExtension(p))))
        {
            File.Delete(orphan);
        }

        if (expired > 0)
        {
            logger.LogInformation("Expired {Count} abandoned uploads", expired);
        }

        return expired;
    }
}
