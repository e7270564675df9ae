using System.Buffers;
using System.IO.Pipelines;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Telemetry;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Win32.SafeHandles;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>tus core (HEAD, PATCH) and termination (DELETE) for one upload, which only its owner may touch.</summary>
public class UploadReceiver(
    PathwaysDbContext db, UploadFolder folder, UploadHashes hashes, UploadCompletion completion, IOptions<UploadOptions> options,
    TimeProvider clock, ToolMetrics metrics)
{
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
        UploadSession upload, ToolSession session, long clientOffset, long? uploadLength, long? contentLength, PipeReader body, CancellationToken cancellationToken)
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
        hashes.Forget(upload.Id);
        upload.Status = UploadSessionStatus.Terminated;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Writes what arrives straight from the request's pipe at the upload's offset (one gathered write per read, no copy
    /// of our own), hashing on the way, up to <paramref name="room"/> bytes.
    /// </summary>
    private async Task<(long Written, bool Overflow)> WriteAsync(UploadSession upload, PipeReader body, long room, CancellationToken cancellationToken)
    {
        long written = 0;
        var overflow = false;
        var hash = hashes.Take(upload.Id, upload.Offset);
        using var file = File.OpenHandle(folder.PathOf(upload.Id), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, FileOptions.Asynchronous);

        // Bytes past the recorded offset were written but never acknowledged (a crash between write and save): drop them.
        RandomAccess.SetLength(file, upload.Offset);
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(cancellationToken);
                var keep = read.Buffer.Slice(0, Math.Min(read.Buffer.Length, room - written));
                await WriteAtAsync(file, keep, upload.Offset + written, cancellationToken);
                if (hash is not null)
                {
                    UploadHashes.Append(hash, keep);
                }

                written += keep.Length;
                body.AdvanceTo(read.Buffer.End);
                if (keep.Length < read.Buffer.Length)
                {
                    overflow = true;
                    break;
                }

                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // tus: a broken connection keeps what arrived; the client asks for the offset (HEAD) and resumes.
        }

        if (hash is not null)
        {
            hashes.Keep(upload.Id, hash, upload.Offset + written);
        }

        return (written, overflow);
    }

    private static async ValueTask WriteAtAsync(SafeFileHandle file, ReadOnlySequence<byte> bytes, long offset, CancellationToken cancellationToken)
    {
        if (bytes.IsSingleSegment)
        {
            await RandomAccess.WriteAsync(file, bytes.First, offset, cancellationToken);
            return;
        }

        var segments = new List<ReadOnlyMemory<byte>>();
        foreach (var segment in bytes)
        {
            segments.Add(segment);
        }

        await RandomAccess.WriteAsync(file, segments, offset, cancellationToken);
    }

    private static UploadProblem Mismatch(UploadSession upload, long clientOffset) => new(StatusCodes.Status409Conflict,
        $"The upload is at byte {upload.Offset}, not {clientOffset}; ask for the current offset and continue from there.");
}
