using System.Net;
using System.Net.Sockets;

namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

/// <summary>
/// The preview client's only way onto the network: the host is resolved here and the socket opened to exactly the
/// addresses that passed the check, so a name that answers differently the second time (DNS rebinding) gains nothing.
/// </summary>
public class PublicAddressConnector(LinkAddressGuard guard)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var target = context.DnsEndPoint;
        var (addresses, verdict) = await guard.ResolveAsync(target.Host, cancellationToken);
        if (verdict != HostVerdict.Public)
        {
            throw new LinkPreviewRefusedException(
                verdict == HostVerdict.NotFound ? LinkPreviewSentences.NotFound(target.Host) : LinkPreviewSentences.Private);
        }

        SocketException? lastFailure = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, target.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException failure)
            {
                socket.Dispose();
                lastFailure = failure;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw lastFailure!;
    }
}
