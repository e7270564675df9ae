namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>The host's audited removal of a stored blob; it keeps a blob any file or caption still uses.</summary>
public interface IBlobRemoval
{
    /// <summary>False when the blob is still in use and was kept.</summary>
    Task<bool> RemoveAsync(string key, string reason, Guid? requestedBy, CancellationToken cancellationToken);
}
