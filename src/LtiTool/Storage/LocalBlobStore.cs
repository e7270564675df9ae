using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Storage;

/// <summary>Blobs as files under <c>Storage:Root/blobs</c>, written to <c>Storage:Root/tmp</c> first and renamed into place.</summary>
public sealed class LocalBlobStore(IOptions<StorageOptions> options) : IBlobStore
{
    private const int BufferSize = 81920;
    private readonly string root = Path.GetFullPath(options.Value.Root);

    public string TempFolder => Path.Combine(root, "tmp");

    public async Task<StoredBlob> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(TempFolder);
        var temp = Path.Combine(TempFolder, Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            return await PutFileAsync(temp, sha256, cancellationToken);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task<StoredBlob> PutFileAsync(string path, string sha256, CancellationToken cancellationToken)
    {
        var key = BlobKeys.For(sha256);
        var target = PathOf(key);
        var size = new FileInfo(path).Length;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            // Same folder tree, same file system: the rename is atomic, so a reader never sees half a blob.
            File.Move(path, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(path);
        }

        return Task.FromResult(new StoredBlob(key, sha256, size));
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(BlobKeys.IsValid(key) && File.Exists(PathOf(key)));

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true));

    public string? LocalPath(string key) => PathOf(key);

    public Task EraseAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) =>
        BlobKeys.IsValid(key)
            ? Path.Combine(root, "blobs", key.Replace('/', Path.DirectorySeparatorChar))
            : throw new ArgumentException("Not a content address.", nameof(key));
}
