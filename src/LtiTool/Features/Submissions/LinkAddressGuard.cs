using System.Net;
using System.Net.Sockets;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// Link entries must point at the public web: the host is resolved here and every address checked, so a link to
/// the school's intranet or the tool's own machine is refused (and no preview fetch could reach one).
/// </summary>
public class LinkAddressGuard(Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> resolve = resolve ?? Dns.GetHostAddressesAsync;

    public async Task<string?> RefuseAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0)
        {
            return "Enter the full web address, starting with https://.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await resolve(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The address {uri.Host} could not be found; check the link.";
        }

        return addresses.Length == 0 ? $"The address {uri.Host} could not be found; check the link."
            : addresses.Any(IsPrivate) ? "This link points to a private or local network address; link to a page on the public web."
            : null;
    }

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast)
        {
            return true;
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127 || b[0] >= 224
            || (b[0] == 100 && b[1] is >= 64 and < 128)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] is >= 16 and < 32)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
            || (b[0] == 198 && b[1] is 18 or 19);
    }
}
