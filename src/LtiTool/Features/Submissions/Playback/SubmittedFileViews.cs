using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Playback;

/// <summary>
/// Stored files as players show them: each original with signed links to itself and to the copies the media worker made,
/// its caption tracks, and a note while processing runs or after it failed. Only a page that already authorised the
/// viewer for the files asks for them, since the links open the files without a session. The first caption track is
/// read for the transcript beside the player, so the cues are on the page without JavaScript.
/// </summary>
public sealed class SubmittedFileViews(PathwaysDbContext db, MediaLinks links, IBlobStore store)
{
    /// <param name="files">Originals and their derived copies (a submission's or a plan's files).</param>
    /// <returns>A view per original, by its id.</returns>
    public async Task<IReadOnlyDictionary<Guid, SubmittedFileView>> ForAsync(IReadOnlyCollection<SubmissionFile> files, CancellationToken cancellationToken)
    {
        var originals = files.Where(f => f.Role == SubmissionFileRole.Original).ToList();
        var ids = originals.Select(f => f.Id).ToList();
        var captions = (await db.CaptionTracks.AsNoTracking().Where(c => ids.Contains(c.SubmissionFileId)).OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken)).ToLookup(c => c.SubmissionFileId);
        var jobs = await db.MediaJobs.AsNoTracking().Where(j => ids.Contains(j.SubmissionFileId)).ToDictionaryAsync(j => j.SubmissionFileId, cancellationToken);
        var derived = files.Where(f => f.DerivedFromFileId is not null).ToLookup(f => (f.DerivedFromFileId!.Value, f.Role));
        string? Link(Guid original, SubmissionFileRole role) => derived[(original, role)].FirstOrDefault() is { } d ? links.For(d.Id) : null;
        var transcripts = new Dictionary<Guid, IReadOnlyList<TranscriptCue>>();
        foreach (var first in captions.Select(c => c.First()))
        {
            transcripts[first.SubmissionFileId] = await CuesAsync(first, cancellationToken);
        }

        return originals.ToDictionary(f => f.Id, f => new SubmittedFileView(
            f.Id, f.Part, f.OriginalName, f.MediaType, f.Size, links.For(f.Id), Link(f.Id, SubmissionFileRole.Poster),
            Link(f.Id, SubmissionFileRole.Playback), derived[(f.Id, SubmissionFileRole.Playback)].FirstOrDefault()?.MediaType,
            Link(f.Id, SubmissionFileRole.Waveform), f.DurationSeconds,
            captions[f.Id].Select(c => new CaptionLink(c.Id, links.ForCaption(c.Id), c.Language, c.Label)).ToList(),
            Note(jobs.GetValueOrDefault(f.Id)), transcripts.GetValueOrDefault(f.Id)));
    }

    private async Task<IReadOnlyList<TranscriptCue>> CuesAsync(CaptionTrack track, CancellationToken cancellationToken)
    {
        if (!await store.ExistsAsync(track.StorageKey, cancellationToken))
        {
            return [];
        }

        await using var stream = await store.OpenReadAsync(track.StorageKey, cancellationToken);
        using var reader = new StreamReader(stream);
        return Transcript.FromWebVtt(await reader.ReadToEndAsync(cancellationToken));
    }

    private static string? Note(MediaJob? job) => job?.Status switch
    {
        MediaJobStatus.Queued or MediaJobStatus.Running => "Preparing a copy that plays in every browser; the original plays meanwhile where the browser can.",
        MediaJobStatus.Failed => $"Processing this file failed: {job.LastError}",
        _ => null,
    };
}
