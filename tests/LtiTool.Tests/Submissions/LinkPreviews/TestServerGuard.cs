using System.Net;
using LtiPathways.LtiTool.Features.Submissions;

namespace LtiPathways.LtiTool.Tests.Submissions.LinkPreviews;

/// <summary>
/// The address rule with one opening for tests: loopback (where <see cref="PreviewServer"/> listens) on any port.
/// Everything else — private ranges, metadata, unknown names — is refused exactly as in production.
/// </summary>
public sealed class TestServerGuard(bool allowLoopback = true, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    : LinkAddressGuard(resolve)
{
    public override bool Allows(IPAddress address) => (allowLoopback && IPAddress.IsLoopback(address)) || base.Allows(address);

    public override bool AllowsPreviewPort(int port) => true;
}
