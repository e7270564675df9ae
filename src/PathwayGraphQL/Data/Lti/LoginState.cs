namespace LtiPathways.PathwayGraphQL.Data.Lti;

/// <summary>
/// One OIDC login in flight: the state and nonce the tool issued, and what the launch must match.
/// Single use: <see cref="ConsumedAt"/> is set once, atomically, by the launch that uses it.
/// </summary>
public class LoginState
{
    public required string State { get; set; }
    public required string Nonce { get; set; }

    /// <summary>SHA-256 of the secret given to the browser (cookie and platform storage); the secret itself is never stored.</summary>
    public required string BrowserSecretHash { get; set; }

    public Guid RegistrationId { get; set; }
    public string? DeploymentId { get; set; }
    public required string TargetLinkUri { get; set; }
    public required string LoginHint { get; set; }
    public string? MessageHint { get; set; }

    /// <summary>The frame the platform named for postMessage storage (lti_storage_target), when it offered one.</summary>
    public string? StorageTarget { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? ConsumedAt { get; set; }
}
