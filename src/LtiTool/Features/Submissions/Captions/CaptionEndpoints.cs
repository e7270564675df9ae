using System.Text;
using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Captions;

/// <summary>
/// Caption files for a video or audio file: the student who made it or a teacher uploads WebVTT or SRT (the body is the
/// file); players fetch the WebVTT through a signed link, as they fetch the media.
/// </summary>
public static class CaptionEndpoints
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
        SubmissionCaptions captions, IBlobStore store, CancellationToken cancellationToken)
    {
        var access = await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken);
        var target = access is null ? SubmissionCaptions.FileNotFound : await captions.TargetAsync(access, fileId, language, cancellationToken);
        return await StoreAsync(context, target, label, session, captions, store, cancellationToken);
    }

    /// <summary>The request's body stored as the target's WebVTT captions (SRT converted), once the target is allowed; for a plan's recordings too.</summary>
    internal static async Task<IResult> StoreAsync(
        HttpContext context, Outcome<CaptionTarget> target, string? label, ToolSession session, SubmissionCaptions captions, IBlobStore store,
        CancellationToken cancellationToken)
    {
        if (!target.Succeeded)
        {
            return target.Refusal.AsText();
        }

        var body = await ReadAtMostAsync(context.Request.Body, CaptionConverter.MaxBytes + 1, cancellationToken);
        if (body.Length > CaptionConverter.MaxBytes)
        {
            return Sentence(StatusCodes.Status413PayloadTooLarge, "This caption file is larger than 512 KB; caption files are text and much smaller than that.");
        }

        var vtt = CaptionConverter.ToWebVtt(body);
        if (!vtt.Succeeded)
        {
            return vtt.Refusal.AsText();
        }

        var blob = await store.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes(vtt.Value)), cancellationToken);
        var track = await captions.AddAsync(target.Value, label, blob.Key, blob.Sha256, session.UserId, cancellationToken);
        return TypedResults.Json(new { id = track.Id, track.Language, track.Label }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> DeleteAsync(
        ToolSession session, Guid assignmentId, Guid trackId, AssignmentLookup assignments, SubmissionCaptions captions, CancellationToken cancellationToken)
    {
        var access = await assignments.FindAsync(session.Viewer, assignmentId, cancellationToken);
        var refusal = access is null ? SubmissionCaptions.TrackNotFound : await captions.RemoveAsync(access, trackId, cancellationToken);
        return refusal is null ? TypedResults.NoContent() : refusal.AsText();
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

    private static async Task<byte[]> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit];
        var length = await body.ReadAtLeastAsync(buffer, limit, throwOnEndOfStream: false, cancellationToken);
        return buffer[..length];
    }

    private static IResult Sentence(int status, string sentence) => TypedResults.Text(sentence, "text/plain; charset=utf-8", statusCode: status);
}
