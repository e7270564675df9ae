using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The development LTI 1.3 platform: its identity, its signing keys (rotatable) and its id_token signer.
/// Used by the /sandbox pages and by the integration tests alike.
/// </summary>
public sealed class SandboxPlatform : IDisposable
{
    public const string Issuer = "https://sandbox.ltipathways.test";
    public const string ClientId = "ltipathways-sandbox";
    public const string DeploymentId = "sandbox-deployment-1";
    public const string SecondDeploymentId = "sandbox-deployment-2";

    private static readonly JsonWebTokenHandler Tokens = new();
    private readonly Lock keysLock = new();
    private readonly List<RsaSecurityKey> keys = [];

    public SandboxPlatform() => RotateKey();

    public RsaSecurityKey CurrentKey
    {
        get
        {
            lock (keysLock)
            {
                return keys[^1];
            }
        }
    }

    /// <summary>Starts signing with a new key; the JWKS then lists only the new key, as a platform that rotates abruptly would.</summary>
    public RsaSecurityKey RotateKey()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(9)) };
        lock (keysLock)
        {
            keys.Add(key);
        }

        return key;
    }

    public string JwksJson()
    {
        var current = CurrentKey;
        var parameters = current.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["kid"] = current.KeyId,
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            }),
        }.ToJsonString();
    }

    /// <summary>Signs exactly the payload given (RS256, current key), so tests can shape any claim.</summary>
    public string Sign(JsonObject payload, RsaSecurityKey? key = null) =>
        Tokens.CreateToken(payload.ToJsonString(), new SigningCredentials(key ?? CurrentKey, SecurityAlgorithms.RsaSha256));

    public void Dispose()
    {
        lock (keysLock)
        {
            keys.ForEach(k => k.Rsa.Dispose());
        }
    }
}
