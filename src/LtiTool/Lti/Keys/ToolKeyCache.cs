using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Keys;

/// <summary>
/// The tool's key schedule and its decrypted keys, so a launch neither reads the keys table nor unprotects and imports a
/// private key. A rotation on this instance replaces the schedule at once; one made by another instance or the command
/// line is read within <see cref="RefreshInterval"/>, or sooner when a session token names a kid not yet seen.
/// </summary>
public sealed class ToolKeyCache : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    // A token with an unknown kid asks for a reload; forged kids cannot make every request read the database.
    private static readonly TimeSpan MinReloadInterval = TimeSpan.FromSeconds(5);
    private static readonly byte[] SessionKeyInfo = Encoding.ASCII.GetBytes("LtiPathways session tokens v1");
    private readonly ConcurrentDictionary<string, Lazy<UnlockedToolKey>> keys = new(StringComparer.Ordinal);
    private Snapshot? snapshot;

    private sealed record Snapshot(IReadOnlyList<ScheduledToolKey> Keys, DateTimeOffset LoadedAt, bool ReloadRequested);

    /// <summary>The schedule if it is fresh enough to use at <paramref name="now"/>; null when it must be read again.</summary>
    public IReadOnlyList<ScheduledToolKey>? Schedule(DateTimeOffset now) => snapshot switch
    {
        null => null,
        var s when now - s.LoadedAt >= RefreshInterval || now < s.LoadedAt => null,
        { ReloadRequested: true } s when now - s.LoadedAt >= MinReloadInterval => null,
        var s => s.Keys,
    };

    public void Remember(IReadOnlyList<ScheduledToolKey> schedule, DateTimeOffset loadedAt) =>
        snapshot = new Snapshot(schedule, loadedAt, ReloadRequested: false);

    /// <summary>This instance changed the keys: read them again on the next use.</summary>
    public void Invalidate() => snapshot = null;

    /// <summary>A token named a key this instance has not seen (a rotation elsewhere): read again soon.</summary>
    public void RequestReload()
    {
        if (snapshot is { } current)
        {
            snapshot = current with { ReloadRequested = true };
        }
    }

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
