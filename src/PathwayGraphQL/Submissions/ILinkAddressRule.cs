namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// Whether a web address a student links to is on the public web. The host answers it (it resolves the name and knows
/// the network), so the rule of links and the preview fetch agree on what "public" means.
/// </summary>
public interface ILinkAddressRule
{
    /// <summary>The sentence saying why the address is refused, or null when it may be linked.</summary>
    Task<string?> RefuseAsync(string url, CancellationToken cancellationToken);
}
