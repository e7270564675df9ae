using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>Expires abandoned uploads and removes their partial files, and any partial file no active upload owns.</summary>
public class UploadCleanup(PathwaysDbContext db, UploadFolder folder, TimeProvider clock, ILogger<UploadCleanup> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await db.UploadSessions
            .Where(u => u.Status == UploadSessionStatus.Active && u.ExpiresAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var upload in expired)
        {
            File.Delete(folder.PathOf(upload.Id));
            upload.Status = UploadSessionStatus.Expired;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!Directory.Exists(folder.Root))
        {
            return expired.Count;
        }

        var active = (await db.UploadSessions.Where(u => u.Status == UploadSessionStatus.Active).Select(u => u.Id).ToListAsync(cancellationToken))
            .Select(id => id.ToString("N")).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in Directory.EnumerateFiles(folder.Root, "*.part").Where(p => !active.Contains(Path.GetFileNameWithoutExtension(p))))
        {
            File.Delete(orphan);
        }

        if (expired.Count > 0)
        {
            logger.LogInformation("Expired {Count} abandoned uploads", expired.Count);
        }

        return expired.Count;
    }
}
