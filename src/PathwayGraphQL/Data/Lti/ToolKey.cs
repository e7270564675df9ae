namespace LtiPathways.PathwayGraphQL.Data.Lti;

/// <summary>
/// One RSA key of the tool. Published from creation, signs from <see cref="ActivatesAt"/>,
/// stops signing at <see cref="RetiresAt"/> and disappears from the JWKS at <see cref="UnpublishAt"/>.
/// </summary>
public class ToolKey
{
    public required string Kid { get; set; }

    /// <summary>PKCS#8 private key, encrypted by ASP.NET Data Protection.</summary>
    public required string ProtectedPrivateKey { get; set; }

    /// <summary>The public JWK (kty, n, e, kid, use, alg) as JSON.</summary>
    public required string PublicJwk { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ActivatesAt { get; set; }
    public DateTime? RetiresAt { get; set; }
    public DateTime? UnpublishAt { get; set; }
}
