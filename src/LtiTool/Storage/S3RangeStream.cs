namespace LtiPathways.LtiTool.Storage;

/// <summary>
/// A read-only, seekable view of one object. Reads stream from ranged GETs whose window starts at 1 MiB and doubles while
/// reading goes on in order (up to 64 MiB): a player's seek fetches little, a whole-file copy runs at full speed, and
/// nothing is held in memory beyond the HTTP client's own buffers.
/// </summary>
public sealed class S3RangeStream(Func<long, long, CancellationToken, Task<Stream>> openRange, long length) : Stream
{
    public const long FirstWindow = 1024 * 1024;
    public const long LargestWindow = 64 * 1024 * 1024;
    private Stream? body;
    private long bodyAt;
    private long bodyEnd;
    private long window;

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

        if (body is null || bodyAt != Position || bodyAt == bodyEnd)
        {
            await OpenAsync(inOrder: body is not null && bodyAt == Position, cancellationToken);
        }

        var read = await body!.ReadAsync(buffer[..(int)Math.Min(buffer.Length, bodyEnd - bodyAt)], cancellationToken);
        if (read == 0)
        {
            throw new IOException($"The object ended at byte {bodyAt}, before its length of {length} bytes.");
        }

        Position += read;
        bodyAt += read;
        return read;
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body?.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (body is not null)
        {
            await body.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    private async Task OpenAsync(bool inOrder, CancellationToken cancellationToken)
    {
        if (body is not null)
        {
            await body.DisposeAsync();
            body = null;
        }

        window = inOrder ? Math.Min(window * 2, LargestWindow) : FirstWindow;
        bodyAt = Position;
        bodyEnd = Math.Min(length, Position + window);
        body = await openRange(bodyAt, bodyEnd - 1, cancellationToken);
    }
}
