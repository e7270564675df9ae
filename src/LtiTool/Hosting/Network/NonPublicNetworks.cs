using System.Net;
using System.Net.Sockets;

namespace LtiPathways.LtiTool.Hosting.Network;

/// <summary>
/// The address ranges that are not the public internet (IANA special-purpose registries, RFC 6890 and its updates):
/// a link, or a preview fetch, may never reach one of them.
/// </summary>
public static class NonPublicNetworks
{
    private static readonly IPNetwork[] V4 = Parse(
        "0.0.0.0/8",          // "this network", including the unspecified 0.0.0.0
        "10.0.0.0/8",         // RFC 1918
        "100.64.0.0/10",      // carrier-grade NAT, RFC 6598
        "127.0.0.0/8",        // loopback
        "169.254.0.0/16",     // link-local, where cloud metadata (169.254.169.254) answers
        "172.16.0.0/12",      // RFC 1918
        "192.0.0.0/24",       // IETF protocol assignments
        "192.0.2.0/24",       // documentation (TEST-NET-1)
        "192.88.99.0/24",     // retired 6to4 relays
        "192.168.0.0/16",     // RFC 1918
        "198.18.0.0/15",      // benchmarking
        "198.51.100.0/24",    // documentation (TEST-NET-2)
        "203.0.113.0/24",     // documentation (TEST-NET-3)
        "224.0.0.0/4",        // multicast
        "240.0.0.0/4");       // reserved, including the broadcast 255.255.255.255

    // Inside the global unicast block 2000::/3 (everything outside it is refused) these are still not public.
    private static readonly IPNetwork[] V6 = Parse(
        "2001::/23",          // IETF protocol assignments (Teredo, ORCHID, benchmarking)
        "2001:db8::/32",      // documentation
        "2002::/16",          // 6to4, which tunnels to any IPv4 address
        "3fff::/20");         // documentation, RFC 9637

    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Contains(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return V4.Any(network => network.Contains(address));
        }

        if (Nat64.Contains(address))
        {
            // A NAT64 gateway turns 64:ff9b::a.b.c.d into a.b.c.d, so the embedded IPv4 address decides.
            return Contains(new IPAddress(address.GetAddressBytes()[12..]));
        }

        // Loopback, unspecified, unique-local fc00::/7, link-local fe80::/10, site-local and multicast all lie outside 2000::/3.
        return address.AddressFamily != AddressFamily.InterNetworkV6 || !GlobalUnicast.Contains(address)
            || V6.Any(network => network.Contains(address));
    }

    private static IPNetwork[] Parse(params string[] networks) => [.. networks.Select(IPNetwork.Parse)];
}
