using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Telemetry;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>tus core (HEAD, PATCH) and termination (DELETE) for one upload, which only its owner may touch.</summary>
public class UploadReceiver(
    PathwaysDbContext db, UploadFolder folder, UploadCompletion completion, IOptions<UploadOptions> options, TimeProvider clock,
    ToolMetrics metrics)
{
    private const int BufferSize = 81920;

    /// <summary>The upload, if the session may resume it; otherwise the reason (404, 403 for someone else's, 410 once expired).</summary>
    public async Task<(UploadSession? Upload, UploadProblem? Problem)> FindAsync(ToolSession session, Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.UploadSessions.FirstOrDefaultAsync(u => u.Id == id && u.RegistrationId == session.RegistrationId, cancellationToken);
        if (upload is null)
        {
            return (null, new(StatusCodes.Status404NotFound, "There is no such upload; start the upload again."));
        }

        if (upload.OwnerUserId != session.UserId)
        {
            return (null, new(StatusCodes.Status403Forbidden, "This upload belongs to someone else; start your own upload."));
        }

        var gone = upload.Status is UploadSessionStatus.Expired or UploadSessionStatus.Terminated or UploadSessionStatus.Rejected
            || (upload.Status == UploadSessionStatus.Active && upload.ExpiresAt <= clock.GetUtcNow().UtcDateTime);
        return gone
            ? (null, new(StatusCodes.Status410Gone, "This upload has ended (it expired, was cancelled or was refused); start the upload again."))
            : (upload, null);
    }

    /// <summary>PATCH: appends the body at <paramref name="clientOffset"/>; bytes that arrived before a dropped connection are kept.</summary>
    public async Task<UploadProblem?> AppendAsync(
        UploadSession upload, ToolSession session, long clientOffset, long? uploadLength, long? contentLength, Stream body, CancellationToken cancellationToken)
    {
        if (upload.Status == UploadSessionStatus.Completed)
        {
            return clientOffset == upload.Offset ? null : Mismatch(upload, clientOffset);
        }

        if (clientOffset != upload.Offset)
        {
            return Mismatch(upload, clientOffset);
        }

        if (uploadLength is { } length)
        {
            if (upload.DeclaredLength is { } declared && declared != length)
            {
                return new(StatusCodes.Status400BadRequest, "Upload-Length differs from the length given before; the file's length cannot change.");
            }

            if (length < upload.Offset || length > upload.MaxLength)
            {
                return new(StatusCodes.Status413PayloadTooLarge, $"This file may be at most {Sizes.Describe(upload.MaxLength)}.");
            }

            upload.DeclaredLength = length;
        }

        var room = (upload.DeclaredLength ?? upload.MaxLength) - upload.Offset;
        if (contentLength > room)
        {
            return upload.DeclaredLength is null
                ? new(StatusCodes.Status413PayloadTooLarge, $"This recording or file may be at most {Sizes.Describe(upload.MaxLength)}.")
                : new(StatusCodes.Status400BadRequest, "This chunk goes past the file's declared length; send only the remaining bytes.");
        }

        var (written, overflow) = await WriteAsync(upload, body, room, cancellationToken);
        metrics.UploadReceived(written);
        upload.Offset += written;
        upload.ExpiresAt = clock.GetUtcNow().UtcDateTime + options.Value.ExpiresAfter;
        await db.SaveChangesAsync(CancellationToken.None);
        if (overflow)
        {
            return new(StatusCodes.Status413PayloadTooLarge, $"The file is larger than declared; only {Sizes.Describe(upload.Offset)} were kept.");
        }

        return upload.Offset == upload.DeclaredLength ? await completion.CompleteAsync(upload, session, CancellationToken.None) : null;
    }

    public async Task TerminateAsync(UploadSession upload, CancellationToken cancellationToken)
    {
        File.Delete(folder.PathOf(upload.Id));
        upload.Status = UploadSessionStatus.Terminated;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(long Written, bool Overflow)> WriteAsync(UploadSession upload, Stream body, long room, CancellationToken cancellationToken)
    {
        long written = 0;
        var overflow = false;
        await using var file = new FileStream(folder.PathOf(upload.Id), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);

        // Bytes past the recorded offset were written but never acknowledged (a crash between write and save): drop them.
        file.SetLength(upload.Offset);
        file.Seek(upload.Offset, SeekOrigin.Begin);
        var buffer = new byte[BufferSize];
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                var keep = (int)Math.Min(read, room - written);
                await file.WriteAsync(buffer.AsMemory(0, keep), cancellationToken);
                written += keep;
                if (keep < read)
                {
                    overflow = true;
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // tus: a broken connection keeps what arrived; the client asks for the offset (HEAD) and resumes.
        }

        await file.FlushAsync(CancellationToken.None);
        return (written, overflow);
    }

    private static UploadProblem Mismatch(UploadSession upload, long clientOffset) => new(StatusCodes.Status409Conflict,
        $"The upload is at byte {upload.Offset}, not {clientOffset}; ask for the current offset and continue from there.");
}
