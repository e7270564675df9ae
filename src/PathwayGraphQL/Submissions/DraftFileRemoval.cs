using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// Takes files out of a student's draft (their own remove button, or a retake replacing a recording) with everything
/// made from them, then erases blobs nothing else uses through the host's audited <see cref="IBlobRemoval"/>.
/// Submitted attempts are never touched here.
/// </summary>
public class DraftFileRemoval(PathwaysDbContext db, SubmissionDrafts drafts, IBlobRemoval removal)
{
    public const string Reason = "Removed from a draft by the student";

    /// <summary>The student's remove button on a file of their draft: null once removed, else why not.</summary>
    public async Task<Refusal?> RemoveAsync(AssignmentAccess access, Guid fileId, CancellationToken cancellationToken)
    {
        var latest = await drafts.LatestAsync(access, cancellationToken);
        if (latest is not { Status: SubmissionStatus.Draft } || latest.Files.FirstOrDefault(f => f.Id == fileId && f.Role == SubmissionFileRole.Original) is null)
        {
            // A submitted (or withdrawn) attempt is never changed; saying so beats "not found" for a file the student can see.
            var handedIn = await db.SubmissionFiles.AnyAsync(f => f.Id == fileId && f.Submission!.StudentUserId == access.UserId
                && f.Submission.AssignmentId == access.Assignment.Id && f.Submission.CourseId == access.Course.Id, cancellationToken);
            return handedIn
                ? Refusal.Conflict("That file is part of an attempt you handed in, which stays as it was; start a new attempt to change your work.")
                : Refusal.NotFound("That file is not in your draft.");
        }

        var keys = await DetachAsync(latest, [fileId], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await EraseUnusedAsync(keys, access.UserId, cancellationToken);
        return null;
    }

    /// <summary>Marks the files and their renditions, captions, jobs and comments for deletion (the caller saves) and returns the blob keys they used.</summary>
    public async Task<IReadOnlyList<string>> DetachAsync(Submission draft, IReadOnlyCollection<Guid> originalIds, CancellationToken cancellationToken)
    {
        if (draft.Status != SubmissionStatus.Draft)
        {
            throw new InvalidOperationException("Only a draft's files can be removed.");
        }

        var files = draft.Files.Where(f => originalIds.Contains(f.Id) || (f.DerivedFromFileId is { } from && originalIds.Contains(from))).ToList();
        var fileIds = files.Select(f => f.Id).ToList();
        var captions = await db.CaptionTracks.Where(c => fileIds.Contains(c.SubmissionFileId)).ToListAsync(cancellationToken);
        db.MediaJobs.RemoveRange(await db.MediaJobs.Where(j => fileIds.Contains(j.SubmissionFileId)).ToListAsync(cancellationToken));
        db.MediaComments.RemoveRange(await db.MediaComments.Where(c => fileIds.Contains(c.SubmissionFileId)).ToListAsync(cancellationToken));
        db.CaptionTracks.RemoveRange(captions);
        db.SubmissionFiles.RemoveRange(files);
        foreach (var file in files)
        {
            draft.Files.Remove(file);
        }

        return files.Select(f => f.StorageKey).Concat(captions.Select(c => c.StorageKey)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>After the save: erases each blob no other file or caption still points at (equal content is stored once).</summary>
    public async Task EraseUnusedAsync(IReadOnlyList<string> keys, Guid studentUserId, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            await removal.RemoveAsync(key, Reason, studentUserId, cancellationToken);
        }
    }
}
