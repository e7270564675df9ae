using System.Security.Cryptography;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>
/// The last byte arrived: check the real type, hash, move the file into the blob store and add it to the part of the
/// student's draft it was uploaded for, with a media job for video and audio, in one save.
/// </summary>
public class UploadCompletion(
    PathwaysDbContext db, UploadFolder folder, IBlobStore store, AssignmentLookup assignments, SubmissionDrafts drafts, DraftFileRemoval removal,
    TimeProvider clock)
{
    public async Task<UploadProblem?> CompleteAsync(UploadSession upload, ToolSession session, CancellationToken cancellationToken)
    {
        var path = folder.PathOf(upload.Id);
        var type = await FileTypeDetector.DetectAsync(path, cancellationToken);
        var refusal = type.Refusal ?? SubmissionRules.RefuseUploadedType(type.MediaType, type.Label, upload.Purpose);
        var found = refusal is null ? await assignments.FindAsync(session.Viewer, upload.AssignmentId, cancellationToken) : null;
        var opened = found is null ? null : await drafts.OpenAsync(found, cancellationToken);
        var draft = opened?.Value;
        refusal ??= opened?.Refusal?.Sentence ?? (found is null ? "That assignment is no longer in your course." : null);
        if (refusal is not null || draft is null)
        {
            File.Delete(path);
            upload.Status = UploadSessionStatus.Rejected;
            await db.SaveChangesAsync(cancellationToken);
            return new UploadProblem(StatusCodes.Status415UnsupportedMediaType, refusal ?? "The upload could not be added to your work.");
        }

        string sha256;
        await using (var file = File.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        }

        var blob = await store.PutFileAsync(path, sha256, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        // A retake replaces the earlier recording of its own part; the essay, the link and the other parts stay.
        var replacedKeys = upload.Purpose is SubmissionType.Video or SubmissionType.Audio
            ? await removal.DetachAsync(
                draft, draft.Files.Where(f => f.Role == SubmissionFileRole.Original && f.Part == upload.Purpose).Select(f => f.Id).ToList(),
                cancellationToken)
            : [];

        var stored = new SubmissionFile
        {
            SubmissionId = draft.Id, Part = upload.Purpose, Sha256 = blob.Sha256, Size = blob.Size, MediaType = type.MediaType,
            OriginalName = upload.OriginalName, StorageKey = blob.Key, CreatedAt = now,
        };
        db.SubmissionFiles.Add(stored);
        if (type.IsVideo || type.IsAudio)
        {
            db.MediaJobs.Add(new MediaJob { SubmissionFileId = stored.Id, CreatedAt = now, NextAttemptAt = now });
        }

        upload.Status = UploadSessionStatus.Completed;
        upload.SubmissionFileId = stored.Id;
        await db.SaveChangesAsync(cancellationToken);
        await removal.EraseUnusedAsync(replacedKeys.Where(k => k != blob.Key).ToList(), session.UserId, cancellationToken);
        return null;
    }
}
