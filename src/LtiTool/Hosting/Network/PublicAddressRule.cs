using System.Net;
using System.Net.Sockets;

namespace LtiPathways.LtiTool.Hosting.Network;

/// <summary>
/// Where the tool may open a connection of its own: a host is resolved once and every address checked, so a name that
/// points at the school's intranet, the tool's machine or a cloud metadata service is refused.
/// </summary>
public class PublicAddressRule(Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null, bool allowLoopback = false)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> resolve = resolve ?? Dns.GetHostAddressesAsync;

    /// <summary>The host's addresses when every one of them is allowed; one refused address refuses the whole host.</summary>
    public async Task<(IPAddress[] Addresses, HostVerdict Verdict)> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolve(host, cancellationToken);
        }
        catch (SocketException)
        {
            return ([], HostVerdict.NotFound);
        }

        return addresses.Length == 0 ? ([], HostVerdict.NotFound)
            : addresses.All(Allows) ? (addresses, HostVerdict.Public)
            : ([], HostVerdict.NotPublic);
    }

    /// <summary>The one address rule; loopback only where configuration allows it (the sandbox, tests).</summary>
    public virtual bool Allows(IPAddress address) =>
        (allowLoopback && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)) || !NonPublicNetworks.Contains(address);
}
