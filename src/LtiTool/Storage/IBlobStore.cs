namespace LtiPathways.LtiTool.Storage;

/// <summary>
/// Where submitted files live, by content address. Writes stream (nothing is held whole in memory) and become visible
/// only when complete. There is no public delete: <see cref="BlobRemoval"/> is the one audited way to remove a blob.
/// </summary>
public interface IBlobStore
{
    /// <summary>Streams the content into the store, hashing on the way; equal content is stored once.</summary>
    Task<StoredBlob> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Moves a finished local file (already hashed by the caller) into the store; the file is gone afterwards.</summary>
    Task<StoredBlob> PutFileAsync(string path, string sha256, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>A seekable read stream, so playback can answer HTTP range requests.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>The blob's path on this machine when the store is a local folder; null otherwise.</summary>
    string? LocalPath(string key);

    /// <summary>Only for <see cref="BlobRemoval"/>, which checks nothing still uses the blob and records who asked.</summary>
    Task EraseAsync(string key, CancellationToken cancellationToken);
}
