using System.Net;

namespace LtiPathways.LtiTool.Tests.Submissions;

/// <summary>A request body whose connection drops after <c>breakAfter</c> bytes, as on a weak school network.</summary>
public sealed class BreakingContent(byte[] bytes, int breakAfter) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(bytes.AsMemory(0, breakAfter));
        await stream.FlushAsync();
        throw new IOException("The connection dropped.");
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
