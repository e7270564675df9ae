using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Playback;

/// <summary>Serves a submission file through its signed link, with HTTP range requests for seeking in players.</summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/media/{fileId:guid}", ServeAsync);
        return routes;
    }

    private static async Task<IResult> ServeAsync(
        Guid fileId, string? sig, MediaLinks links, PathwaysDbContext db, IBlobStore store, CancellationToken cancellationToken)
    {
        if (!links.Allows(fileId, sig))
        {
            return TypedResults.Text("This media link has expired or is not valid; reload the page to get a new one.", statusCode: StatusCodes.Status403Forbidden);
        }

        var file = await db.SubmissionFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null || !await store.ExistsAsync(file.StorageKey, cancellationToken))
        {
            return TypedResults.Text("This file is no longer stored.", statusCode: StatusCodes.Status404NotFound);
        }

        // PDFs, images and media open inline in previews and players; Office files download under their own name.
        var inline = file.MediaType.StartsWith("application/pdf", StringComparison.Ordinal) || file.MediaType.StartsWith("image/", StringComparison.Ordinal)
            || file.MediaType.StartsWith("video/", StringComparison.Ordinal) || file.MediaType.StartsWith("audio/", StringComparison.Ordinal)
            || file.MediaType == "text/plain";
        var name = inline || file.OriginalName.Length == 0 ? null : file.OriginalName;
        return store.LocalPath(file.StorageKey) is { } path
            ? TypedResults.PhysicalFile(path, file.MediaType, name, enableRangeProcessing: true)
            : TypedResults.Stream(await store.OpenReadAsync(file.StorageKey, cancellationToken), file.MediaType, name, enableRangeProcessing: true);
    }
}
