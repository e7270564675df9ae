using System.Security.Cryptography;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Storage;
using LtiPathways.LtiTool.Telemetry;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Pathways.Recordings;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>
/// The last byte arrived: check the real type, hash, move the file into the blob store and add it to the part of the
/// student's draft it was uploaded for (or to their plan's recordings), with a media job for video and audio, in one save.
/// </summary>
public class UploadCompletion(
    PathwaysDbContext db, UploadFolder folder, UploadHashes hashes, IBlobStore store, AssignmentLookup assignments, SubmissionDrafts drafts, DraftFileRemoval removal,
    PlanRecordings recordings, TimeProvider clock, ToolMetrics metrics)
{
    public async Task<UploadProblem?> CompleteAsync(UploadSession upload, ToolSession session, CancellationToken cancellationToken)
    {
        var path = folder.PathOf(upload.Id);
        var hashed = hashes.Finish(upload.Id, upload.Offset);
        var type = await FileTypeDetector.DetectAsync(path, cancellationToken);
        var refusal = type.Refusal ?? SubmissionRules.RefuseUploadedType(type.MediaType, type.Label, upload.Purpose);
        if (upload.PlanId is { } planId)
        {
            // The student may have lost the plan between the first byte and the last (a new institution, a closed account).
            refusal ??= await recordings.OwnPlanAsync(session.Viewer, planId, cancellationToken) is { Succeeded: false } plan ? plan.Refusal.Sentence : null;
            return refusal is not null
                ? await RejectAsync(upload, path, refusal, cancellationToken)
                : await StoreAsync(upload, path, hashed, type, null, planId, [], session, cancellationToken);
        }

        var found = refusal is null ? await assignments.FindAsync(session.Viewer, upload.AssignmentId!.Value, cancellationToken) : null;
        var opened = found is null ? null : await drafts.OpenAsync(found, cancellationToken);
        var draft = opened?.Value;
        refusal ??= opened?.Refusal?.Sentence ?? (found is null ? "That assignment is no longer in your course." : null);
        if (refusal is not null || draft is null)
        {
            return await RejectAsync(upload, path, refusal ?? "The upload could not be added to your work.", cancellationToken);
        }

        // A retake replaces the earlier recording of its own part; the essay, the link and the other parts stay.
        var replacedKeys = upload.Purpose is SubmissionType.Video or SubmissionType.Audio
            ? await removal.DetachAsync(
                draft, draft.Files.Where(f => f.Role == SubmissionFileRole.Original && f.Part == upload.Purpose).Select(f => f.Id).ToList(),
                cancellationToken)
            : [];
        return await StoreAsync(upload, path, hashed, type, draft.Id, null, replacedKeys, session, cancellationToken);
    }

    private async Task<UploadProblem> RejectAsync(UploadSession upload, string path, string sentence, CancellationToken cancellationToken)
    {
        File.Delete(path);
        upload.Status = UploadSessionStatus.Rejected;
        await db.SaveChangesAsync(cancellationToken);
        return new UploadProblem(StatusCodes.Status415UnsupportedMediaType, sentence);
    }

    /// <summary>Hash (unless the chunks were hashed as they arrived), move into the blob store and add the file (to a draft or a plan) with its media job, in one save.</summary>
    private async Task<UploadProblem?> StoreAsync(
        UploadSession upload, string path, string? hashed, DetectedType type, Guid? submissionId, Guid? planId, IReadOnlyList<string> replacedKeys,
        ToolSession session, CancellationToken cancellationToken)
    {
        var sha256 = hashed;
        if (sha256 is null)
        {
            await using var file = File.OpenRead(path);
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        }

        var blob = await store.PutFileAsync(path, sha256, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = new SubmissionFile
        {
            SubmissionId = submissionId, PlanId = planId, Part = upload.Purpose, Sha256 = blob.Sha256, Size = blob.Size, MediaType = type.MediaType,
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
        if (type.IsVideo || type.IsAudio)
        {
            metrics.MediaJobQueued();
        }

        await removal.EraseUnusedAsync(replacedKeys.Where(k => k != blob.Key).ToList(), session.UserId, cancellationToken);
        return null;
    }
}
