using System.Globalization;
using System.Text.RegularExpressions;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// Caption tracks on a video or audio file: its own student or the course's staff add and remove them
/// (<see cref="AssignmentAccess.MayChange"/>); a mentor watches with them and changes nothing.
/// </summary>
public partial class SubmissionCaptions(PathwaysDbContext db, SubmissionFileAccess files, TimeProvider clock)
{
    public static readonly Refusal FileNotFound = Refusal.NotFound("That video or audio file is not one you can add captions to.");

    public static readonly Refusal TrackNotFound = Refusal.NotFound("Those captions are not on a file you can change.");

    private static readonly Refusal ReadOnly = Refusal.Forbidden("You can watch this file, but only its student and their teachers change its captions.");

    /// <summary>The file the captions are for, once the viewer may caption it and the language is a language code (en when none).</summary>
    public async Task<Outcome<CaptionTarget>> TargetAsync(AssignmentAccess access, Guid fileId, string? language, CancellationToken cancellationToken)
    {
        if (await files.FindAsync(access, fileId, cancellationToken) is not { } found)
        {
            return FileNotFound;
        }

        return access.MayChange(found.Submission) ? Target(found.File, language) : ReadOnly;
    }

    /// <summary>
    /// A file the viewer may caption (a submission's, or a plan's recording) once it is video or audio and the language is
    /// a language code (en when none).
    /// </summary>
    public static Outcome<CaptionTarget> Target(SubmissionFile file, string? language)
    {
        if (!file.MediaType.StartsWith("video/", StringComparison.Ordinal) && !file.MediaType.StartsWith("audio/", StringComparison.Ordinal))
        {
            return Refusal.Declined("Captions go with video or audio; this file is neither.");
        }

        language = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim();
        return LanguageTag().IsMatch(language)
            ? new CaptionTarget(file, language)
            : Refusal.Invalid("Give the captions' language as a code such as en, es or pt-BR.");
    }

    /// <summary>Records captions already converted to WebVTT and stored under <paramref name="storageKey"/>.</summary>
    public async Task<CaptionTrack> AddAsync(
        CaptionTarget target, string? label, string storageKey, string sha256, Guid uploadedBy, CancellationToken cancellationToken)
    {
        var track = new CaptionTrack
        {
            SubmissionFileId = target.File.Id, Language = target.Language,
            Label = string.IsNullOrWhiteSpace(label) ? LabelFor(target.Language) : label.Trim()[..Math.Min(label.Trim().Length, 100)],
            Sha256 = sha256, StorageKey = storageKey, UploadedByUserId = uploadedBy, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.CaptionTracks.Add(track);
        await db.SaveChangesAsync(cancellationToken);
        return track;
    }

    /// <summary>Null once removed. The blob stays: it is content-addressed and may be shared; removal goes through the audited path.</summary>
    public async Task<Refusal?> RemoveAsync(AssignmentAccess access, Guid trackId, CancellationToken cancellationToken)
    {
        var track = await db.CaptionTracks.FirstOrDefaultAsync(t => t.Id == trackId, cancellationToken);
        var found = track is null ? null : await files.FindAsync(access, track.SubmissionFileId, cancellationToken);
        if (track is null || found is null)
        {
            return TrackNotFound;
        }

        if (!access.MayChange(found.Value.Submission))
        {
            return ReadOnly;
        }

        db.CaptionTracks.Remove(track);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string LabelFor(string language)
    {
        try
        {
            return new CultureInfo(language).NativeName;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$")]
    private static partial Regex LanguageTag();
}
