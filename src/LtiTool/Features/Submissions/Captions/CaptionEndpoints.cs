using System.Text;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Captions;

/// <summary>
/// Caption files for a video or audio file: the student who made it or a teacher uploads WebVTT or SRT (the body is the
/// file); players fetch the WebVTT through a signed link, as they fetch the media.
/// </summary>
public static partial class CaptionEndpoints
{
    public static IEndpointRouteBuilder MapCaptions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/app/assignments/{assignmentId:guid}").RequireAuthorization();
        group.MapPost("/files/{fileId:guid}/captions", UploadAsync);
        group.MapDelete("/captions/{trackId:guid}", DeleteAsync);
        routes.MapGet("/media/captions/{trackId:guid}", ServeAsync);
        return routes;
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context, ToolSession session, Guid assignmentId, Guid fileId, string? language, string? label, AssignmentLookup assignments,
        SubmissionFileAccess files, IBlobStore store, PathwaysDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindAsync(session, assignmentId, fileId, assignments, files, cancellationToken) is not { } found)
        {
            return Sentence(StatusCodes.Status404NotFound, "That video or audio file is not one you can add captions to.");
        }

        if (!found.Access.MayChange(found.Submission))
        {
            return Sentence(StatusCodes.Status403Forbidden, ReadOnly);
        }

        var file = found.File;

        if (!file.MediaType.StartsWith("video/", StringComparison.Ordinal) && !file.MediaType.StartsWith("audio/", StringComparison.Ordinal))
        {
            return Sentence(StatusCodes.Status422UnprocessableEntity, "Captions go with video or audio; this file is neither.");
        }

        language = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim();
        if (!LanguageTag().IsMatch(language))
        {
            return Sentence(StatusCodes.Status400BadRequest, "Give the captions' language as a code such as en, es or pt-BR.");
        }

        var body = await ReadAtMostAsync(context.Request.Body, CaptionConverter.MaxBytes + 1, cancellationToken);
        if (body.Length > CaptionConverter.MaxBytes)
        {
            return Sentence(StatusCodes.Status413PayloadTooLarge, "This caption file is larger than 512 KB; caption files are text and much smaller than that.");
        }

        var (vtt, refusal) = CaptionConverter.ToWebVtt(body);
        if (vtt is null)
        {
            return Sentence(StatusCodes.Status422UnprocessableEntity, refusal!);
        }

        var blob = await store.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes(vtt)), cancellationToken);
        var track = new CaptionTrack
        {
            SubmissionFileId = file.Id, Language = language, Label = string.IsNullOrWhiteSpace(label) ? LabelFor(language) : label.Trim()[..Math.Min(label.Trim().Length, 100)],
            Sha256 = blob.Sha256, StorageKey = blob.Key, UploadedByUserId = session.UserId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.CaptionTracks.Add(track);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Json(new { id = track.Id, track.Language, track.Label }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> DeleteAsync(
        ToolSession session, Guid assignmentId, Guid trackId, AssignmentLookup assignments, SubmissionFileAccess files, PathwaysDbContext db,
        CancellationToken cancellationToken)
    {
        var track = await db.CaptionTracks.FirstOrDefaultAsync(t => t.Id == trackId, cancellationToken);
        var found = track is null ? null : await FindAsync(session, assignmentId, track.SubmissionFileId, assignments, files, cancellationToken);
        if (track is null || found is null)
        {
            return Sentence(StatusCodes.Status404NotFound, "Those captions are not on a file you can change.");
        }

        if (!found.Value.Access.MayChange(found.Value.Submission))
        {
            return Sentence(StatusCodes.Status403Forbidden, ReadOnly);
        }

        // The blob stays: it is content-addressed and may be shared; removal goes through the audited path.
        db.CaptionTracks.Remove(track);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ServeAsync(
        Guid trackId, string? sig, MediaLinks links, PathwaysDbContext db, IBlobStore store, CancellationToken cancellationToken)
    {
        if (!links.AllowsCaption(trackId, sig))
        {
            return Sentence(StatusCodes.Status403Forbidden, "This caption link has expired or is not valid; reload the page to get a new one.");
        }

        var track = await db.CaptionTracks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == trackId, cancellationToken);
        return track is null || !await store.ExistsAsync(track.StorageKey, cancellationToken)
            ? Sentence(StatusCodes.Status404NotFound, "These captions are no longer stored.")
            : TypedResults.Stream(await store.OpenReadAsync(track.StorageKey, cancellationToken), "text/vtt; charset=utf-8");
    }

    private const string ReadOnly = "You can watch this file, but only its student and their teachers change its captions.";

    private static async Task<(AssignmentAccess Access, SubmissionFile File, Submission Submission)?> FindAsync(
        ToolSession session, Guid assignmentId, Guid fileId, AssignmentLookup assignments, SubmissionFileAccess files, CancellationToken cancellationToken) =>
        await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken) is { } found
            && await files.FindAsync(found, fileId, cancellationToken) is { } reached
            ? (found, reached.File, reached.Submission)
            : null;

    private static async Task<byte[]> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit];
        var length = await body.ReadAtLeastAsync(buffer, limit, throwOnEndOfStream: false, cancellationToken);
        return buffer[..length];
    }

    private static string LabelFor(string language)
    {
        try
        {
            return new System.Globalization.CultureInfo(language).NativeName;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return language;
        }
    }

    private static IResult Sentence(int status, string sentence) => TypedResults.Text(sentence, "text/plain; charset=utf-8", statusCode: status);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$")]
    private static partial Regex LanguageTag();
}
