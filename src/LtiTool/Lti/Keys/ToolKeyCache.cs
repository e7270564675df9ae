using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Keys;

/// <summary>Decrypted signing keys by kid, so a launch does not unprotect and import the private key every time.</summary>
public sealed class ToolKeyCache : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<RsaSecurityKey>> keys = new(StringComparer.Ordinal);

    public RsaSecurityKey GetOrAdd(string kid, Func<RsaSecurityKey> load) =>
        keys.GetOrAdd(kid, _ => new Lazy<RsaSecurityKey>(load)).Value;

    public void Dispose()
    {
        foreach (var key in keys.Values.Where(k => k.IsValueCreated))
        {
            key.Value.Rsa?.Dispose();
        }
    }
}
