using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Minio;
using Minio.DataModel.Args;
using Minio.Exceptions;

namespace LtiPathways.LtiTool.Storage;

/// <summary>Blobs as objects in an S3-compatible bucket; uploads are staged in <c>Storage:Root/tmp</c> to learn their hash first.</summary>
public sealed class S3BlobStore(
    IMinioClient client, IHttpClientFactory http, IOptions<BlobStorageOptions> options, IOptions<StorageOptions> storage) : IBlobStore
{
    public const string HttpClientName = "S3";
    private static readonly TimeSpan RangeLinkLifetime = TimeSpan.FromMinutes(5);
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
        return new S3RangeStream((first, last, cancel) => OpenRangeAsync(key, first, last, cancel), stat.Size);
    }

    public string? LocalPath(string key) => null;

    /// <summary>
    /// One ranged GET, sent through a presigned link because the S3 client (Minio 7.0.0) refuses every 206 answer as an
    /// error, so its own ranged reads fail against any real S3 service.
    /// </summary>
    private async Task<Stream> OpenRangeAsync(string key, long first, long last, CancellationToken cancellationToken)
    {
        var link = await client.PresignedGetObjectAsync(new PresignedGetObjectArgs()
            .WithBucket(bucket).WithObject(key).WithExpiry((int)RangeLinkLifetime.TotalSeconds));
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.Range = new RangeHeaderValue(first, last);
        var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.PartialContent)
        {
            response.Dispose();
            throw new IOException($"The blob store answered {(int)response.StatusCode} to a ranged read of {key} (bytes {first}-{last}).");
        }

        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    public Task EraseAsync(string key, CancellationToken cancellationToken) =>
        client.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);
}
