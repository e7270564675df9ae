using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Keys;

/// <summary>Decrypted keys by kid, so a launch does not unprotect and import the private key every time.</summary>
public sealed class ToolKeyCache : IDisposable
{
    private static readonly byte[] SessionKeyInfo = Encoding.ASCII.GetBytes("LtiPathways session tokens v1");
    private readonly ConcurrentDictionary<string, Lazy<UnlockedToolKey>> keys = new(StringComparer.Ordinal);

    /// <param name="privateKey">Loads the key's PKCS#8 private key, decrypted; called once per kid.</param>
    public UnlockedToolKey GetOrAdd(string kid, Func<byte[]> privateKey) =>
        keys.GetOrAdd(kid, _ => new Lazy<UnlockedToolKey>(() => Unlock(kid, privateKey()))).Value;

    public void Dispose()
    {
        foreach (var key in keys.Values.Where(k => k.IsValueCreated))
        {
            key.Value.Signing.Rsa?.Dispose();
        }
    }

    private static UnlockedToolKey Unlock(string kid, byte[] pkcs8)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(pkcs8, out _);
        // The session key is derived from the private key, so it is as secret, shared by every instance and rotated with it.
        var session = HKDF.DeriveKey(HashAlgorithmName.SHA256, pkcs8, 32, salt: [], info: SessionKeyInfo);
        CryptographicOperations.ZeroMemory(pkcs8);
        return new UnlockedToolKey(
            new RsaSecurityKey(rsa) { KeyId = kid },
            new SymmetricSecurityKey(session) { KeyId = UnlockedToolKey.SessionKid(kid) });
    }
}
