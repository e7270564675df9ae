using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>The private_key_jwt client assertion of RFC 7523, shaped as LTI Security 1.0 section 4.1 asks.</summary>
public static class ClientAssertion
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(4);

    // Canvas refuses an iat more than 30 s ahead and Moodle allows no leeway, so we date the assertion slightly in the past.
    public static readonly TimeSpan Backdate = TimeSpan.FromSeconds(2);

    private static readonly JsonWebTokenHandler Tokens = new();

    public static string Create(RsaSecurityKey key, string clientId, string tokenUrl, DateTimeOffset now)
    {
        var payload = new JsonObject
        {
            ["iss"] = clientId,
            ["sub"] = clientId,
            // The exact token URL, never normalised: a trailing slash is a mismatch (canvas-lms #1925).
            ["aud"] = tokenUrl,
            ["iat"] = (now - Backdate).ToUnixTimeSeconds(),
            ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
            ["jti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18)),
        };
        // The default provider cache outlives a disposed key object with the same key material (a rotated or reloaded key store).
        var credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256)
        {
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        return Tokens.CreateToken(payload.ToJsonString(), credentials);
    }
}
