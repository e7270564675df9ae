using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Recordings;

/// <summary>
/// Reflections and journal entries recorded or uploaded as audio or video: the submission pieces' uploads, blob store
/// and media jobs, with the plan in place of an assignment. Only the student records for their own plan.
/// </summary>
public sealed class PlanRecordings(PathwaysDbContext db)
{
    public static readonly Refusal NotYours = Refusal.Forbidden("Only the student records reflections for their own plan.");

    /// <summary>Whether the viewer may start a recording or upload of <paramref name="kind"/> ("audio", "video") for the plan.</summary>
    public async Task<Outcome<UploadAllowed>> AllowAsync(
        Viewer viewer, Guid planId, string kind, long? length, long toolMaxBytes, CancellationToken cancellationToken = default)
    {
        var plan = await OwnPlanAsync(viewer, planId, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan.Refusal;
        }
        if (!Enum.TryParse<SubmissionType>(kind, ignoreCase: true, out var part) || part is not (SubmissionType.Audio or SubmissionType.Video))
        {
            return Refusal.Invalid("A reflection is recorded or uploaded as audio or video; other files belong with evidence.");
        }
        return length > toolMaxBytes
            ? Refusal.TooLarge($"This file is {Sizes.Describe(length.Value)}; a reflection recording may be at most {Sizes.Describe(toolMaxBytes)}.")
            : new UploadAllowed(part, toolMaxBytes);
    }

    /// <summary>The plan when the viewer is its student; a plan they only read, or none, is refused.</summary>
    public async Task<Outcome<PathwayPlan>> OwnPlanAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        return opened.Value.Capacity == PlanCapacity.Owner ? opened.Value.Plan : NotYours;
    }

    /// <summary>A recording of the viewer's own plan to caption (<see cref="SubmissionCaptions.Target"/>); anyone else's is not found.</summary>
    public async Task<Outcome<CaptionTarget>> CaptionTargetAsync(
        Viewer viewer, Guid planId, Guid fileId, string? language, CancellationToken cancellationToken = default)
    {
        var plan = await OwnPlanAsync(viewer, planId, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan.Refusal;
        }
        var file = await db.SubmissionFiles.AsNoTracking()
            .FirstOrDefaultAsync(f => f.Id == fileId && f.PlanId == planId && f.Role == SubmissionFileRole.Original, cancellationToken);
        return file is null ? SubmissionCaptions.FileNotFound : SubmissionCaptions.Target(file, language);
    }

    /// <summary>Null once the captions are off the recording; captions on anything but the viewer's own plan are not found.</summary>
    public async Task<Refusal?> RemoveCaptionsAsync(Viewer viewer, Guid planId, Guid trackId, CancellationToken cancellationToken = default)
    {
        var plan = await OwnPlanAsync(viewer, planId, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan.Refusal;
        }
        var track = await db.CaptionTracks
            .FirstOrDefaultAsync(t => t.Id == trackId && db.SubmissionFiles.Any(f => f.Id == t.SubmissionFileId && f.PlanId == planId), cancellationToken);
        if (track is null)
        {
            return SubmissionCaptions.TrackNotFound;
        }
        db.CaptionTracks.Remove(track);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Every file of the plan's recordings, originals and the copies the media worker made, for the page's players.</summary>
    public Task<List<SubmissionFile>> FilesAsync(Guid planId, CancellationToken cancellationToken = default) =>
        db.SubmissionFiles.AsNoTracking().Where(f => f.PlanId == planId).ToListAsync(cancellationToken);
}
