using Minio;
using Minio.DataModel.Args;

namespace LtiPathways.LtiTool.Storage;

/// <summary>
/// A read-only, seekable view of one object: each read fetches (at most) one block with a ranged GET, so a player's
/// range request costs one block of memory, never the whole object.
/// </summary>
public sealed class S3RangeStream(IMinioClient client, string bucket, string key, long length) : Stream
{
    public const int BlockSize = 1024 * 1024;
    private byte[] block = [];
    private long blockStart = -1;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get; set; }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Position >= length || buffer.Length == 0)
        {
            return 0;
        }

        if (blockStart < 0 || Position < blockStart || Position >= blockStart + block.Length)
        {
            await FetchAsync(Position, cancellationToken);
        }

        var inBlock = (int)(Position - blockStart);
        var count = Math.Min(buffer.Length, block.Length - inBlock);
        block.AsMemory(inBlock, count).CopyTo(buffer);
        Position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => Position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private async Task FetchAsync(long start, CancellationToken cancellationToken)
    {
        var size = (int)Math.Min(BlockSize, length - start);
        var fetched = new byte[size];
        var filled = 0;
        await client.GetObjectAsync(new GetObjectArgs().WithBucket(bucket).WithObject(key).WithOffsetAndLength(start, size)
            .WithCallbackStream(async (stream, cancel) =>
            {
                int read;
                while (filled < size && (read = await stream.ReadAsync(fetched.AsMemory(filled), cancel)) > 0)
                {
                    filled += read;
                }
            }), cancellationToken);
        block = fetched[..filled];
        blockStart = start;
    }
}
