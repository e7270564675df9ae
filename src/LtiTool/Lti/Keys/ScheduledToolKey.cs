namespace LtiPathways.LtiTool.Lti.Keys;

/// <summary>One stored tool key as the cache keeps it: when it signs and when platforms may meet it.</summary>
public sealed record ScheduledToolKey(
    string Kid, string ProtectedPrivateKey, string PublicJwk, DateTime ActivatesAt, DateTime? RetiresAt, DateTime? UnpublishAt)
{
    public bool SignsAt(DateTime now) => ActivatesAt <= now && (RetiresAt is null || RetiresAt > now);

    /// <summary>About to sign, signing, or recently retired: in the JWKS, and its session tokens still accepted.</summary>
    public bool IsPublishedAt(DateTime now) => UnpublishAt is null || UnpublishAt > now;
}
