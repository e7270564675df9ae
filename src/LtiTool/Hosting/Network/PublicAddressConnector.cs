using System.Net;
using System.Net.Sockets;

namespace LtiPathways.LtiTool.Hosting.Network;

/// <summary>
/// An HTTP client's only way onto the network: the host is resolved here and the socket opened to exactly the
/// addresses that passed the rule, so a name that answers differently the second time (DNS rebinding) gains nothing.
/// </summary>
public class PublicAddressConnector(PublicAddressRule rule)
{
    /// <summary>
    /// A handler that connects only through this connector: no proxy (it would open the connection itself, past the
    /// check), no redirects followed (each caller decides), no cookies, no credentials.
    /// </summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        Credentials = null,
        PreAuthenticate = false,
        ConnectCallback = ConnectAsync,
    };

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var target = context.DnsEndPoint;
        var (addresses, verdict) = await rule.ResolveAsync(target.Host, cancellationToken);
        if (verdict != HostVerdict.Public)
        {
            throw new NonPublicAddressException(target.Host, verdict);
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
