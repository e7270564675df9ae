namespace LtiPathways.PathwayGraphQL.Data.Platforms;

/// <summary>
/// What a dynamic re-registration of an existing (issuer, client id) asked for. It changes nothing until an operator
/// approves it; a newer request replaces it (with a new id, so an approval always means the values that were shown).
/// </summary>
public class PlatformRegistrationChange
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public PlatformRegistration? Registration { get; set; }
    public required string AuthorizationEndpoint { get; set; }
    public required string TokenEndpoint { get; set; }
    public required string JwksUri { get; set; }

    /// <summary>A deployment the platform's answer named; approving adds it, and never removes another.</summary>
    public string? DeploymentId { get; set; }

    public string Scopes { get; set; } = "";
    public string? ProductFamily { get; set; }

    /// <summary>Where the configuration was read, without its query (which may carry a token).</summary>
    public required string ConfigurationUrl { get; set; }

    public DateTime ReceivedAt { get; set; }
}
