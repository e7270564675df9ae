using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Minio;
using Minio.DataModel.Args;
using Minio.Exceptions;

namespace LtiPathways.LtiTool.Storage;

/// <summary>Blobs as objects in an S3-compatible bucket; uploads are staged in <c>Storage:Root/tmp</c> to learn their hash first.</summary>
public sealed class S3BlobStore(IMinioClient client, IOptions<BlobStorageOptions> options, IOptions<StorageOptions> storage) : IBlobStore
{
    private readonly string bucket = options.Value.S3.Bucket;

    public async Task<StoredBlob> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(Path.GetFullPath(storage.Value.Root), "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        try
        {
            string sha256;
            await using (var file = File.Create(temp))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            return await PutFileAsync(temp, sha256, cancellationToken);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public async Task<StoredBlob> PutFileAsync(string path, string sha256, CancellationToken cancellationToken)
    {
        var key = BlobKeys.For(sha256);
        var size = new FileInfo(path).Length;
        if (!await ExistsAsync(key, cancellationToken))
        {
            await using var file = File.OpenRead(path);
            await client.PutObjectAsync(new PutObjectArgs()
                .WithBucket(bucket).WithObject(key).WithStreamData(file).WithObjectSize(size)
                .WithContentType("application/octet-stream"), cancellationToken);
        }

        File.Delete(path);
        return new StoredBlob(key, sha256, size);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await client.StatObjectAsync(new StatObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);
            return true;
        }
        catch (ObjectNotFoundException)
        {
            return false;
        }
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var stat = await client.StatObjectAsync(new StatObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);
        return new S3RangeStream(client, bucket, key, stat.Size);
    }

    public string? LocalPath(string key) => null;

    public Task EraseAsync(string key, CancellationToken cancellationToken) =>
        client.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);
}
