namespace LtiPathways.PathwayGraphQL.Data.Platforms;

/// <summary>An LMS (platform) that may launch the tool: one OAuth client of one issuer.</summary>
public class PlatformRegistration
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Issuer { get; set; }
    public required string ClientId { get; set; }
    public string Name { get; set; } = "";
    public required string AuthorizationEndpoint { get; set; }
    public required string TokenEndpoint { get; set; }
    public required string JwksUri { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>Canvas creates a deployment per course install; an admin may choose to accept them as they come.</summary>
    public bool AutoRegisterDeployments { get; set; }

    public RegistrationSource Source { get; set; } = RegistrationSource.Configuration;

    /// <summary>The service scopes the tool may request from this platform, space separated.</summary>
    public string Scopes { get; set; } = PlatformScopes.All;

    /// <summary>A dynamic registration waits for an administrator before it may launch.</summary>
    public bool PendingApproval { get; set; }

    /// <summary>canvas, moodle, schoology, …: chooses the platform's quirks (tool_platform.product_family_code).</summary>
    public string? ProductFamily { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<PlatformDeployment> Deployments { get; set; } = [];

    /// <summary>A re-registration waiting for an operator; the values above stay in force until it is approved.</summary>
    public PlatformRegistrationChange? PendingChange { get; set; }
}
