using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>
/// The running SHA-256 of each upload's stored bytes, kept by the instance that received them, so the last chunk needs
/// no second pass over a file of gigabytes. A running hash is used only when it covers exactly the bytes the database
/// acknowledged; after a restart, on another instance, or when a save failed, the file is hashed when it completes.
/// </summary>
public sealed class UploadHashes
{
    private readonly ConcurrentDictionary<Guid, (IncrementalHash Hash, long Length)> running = new();

    /// <summary>The running hash of the first <paramref name="offset"/> bytes, now owned by the caller; null when there is none.</summary>
    public IncrementalHash? Take(Guid uploadId, long offset)
    {
        if (running.TryRemove(uploadId, out var kept))
        {
            if (kept.Length == offset)
            {
                return kept.Hash;
            }

            kept.Hash.Dispose();
        }

        return offset == 0 ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    }

    /// <summary>Hands the hash back, covering <paramref name="length"/> bytes, for the next chunk or the completion.</summary>
    public void Keep(Guid uploadId, IncrementalHash hash, long length)
    {
        if (running.TryRemove(uploadId, out var replaced))
        {
            replaced.Hash.Dispose();
        }

        running[uploadId] = (hash, length);
    }

    /// <summary>The SHA-256 in hex when the running hash covers exactly <paramref name="length"/> bytes, else null; forgotten either way.</summary>
    public string? Finish(Guid uploadId, long length)
    {
        if (!running.TryRemove(uploadId, out var kept))
        {
            return null;
        }

        using var hash = kept.Hash;
        return kept.Length == length ? Convert.ToHexStringLower(hash.GetHashAndReset()) : null;
    }

    public void Forget(Guid uploadId)
    {
        if (running.TryRemove(uploadId, out var kept))
        {
            kept.Hash.Dispose();
        }
    }

    public static void Append(IncrementalHash hash, ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
        {
            hash.AppendData(segment.Span);
        }
    }
}
