using System.Net;
using LtiPathways.LtiTool.Hosting.Network;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// Link entries must point at the public web: the host is resolved here and every address checked, so a link to
/// the school's intranet or the tool's own machine is refused. The preview fetch connects only through
/// <see cref="PublicAddressConnector"/> with this rule, so the address checked is the address connected to.
/// </summary>
public class LinkAddressGuard(Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null) : PublicAddressRule(resolve), ILinkAddressRule
{
    public async Task<string?> RefuseAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0)
        {
            return "Enter the full web address, starting with https://.";
        }

        var (_, verdict) = await ResolveAsync(uri.IdnHost, cancellationToken);
        return verdict switch
        {
            HostVerdict.NotFound => $"The address {uri.Host} could not be found; check the link.",
            HostVerdict.NotPublic => "This link points to a private or local network address; link to a page on the public web.",
            _ => null,
        };
    }

    /// <summary>Other ports are where internal services (SSH, databases, admin consoles) listen; public pages are on 80 and 443.</summary>
    public virtual bool AllowsPreviewPort(int port) => port is 80 or 443;
}
