using System.Security.Cryptography;
using System.Text.Json;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Lti;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Keys;

/// <summary>
/// The tool's RSA keys, kept in the database with private parts encrypted by Data Protection,
/// so that every instance signs with the same key and publishes the same JWKS.
/// </summary>
public class ToolKeyStore(
    PathwaysDbContext db, IDataProtectionProvider protection, ToolKeyCache cache, TimeProvider clock, IOptions<LtiOptions> options)
{
    private readonly IDataProtector protector = protection.CreateProtector("LtiPathways.ToolKeys.v1");

    /// <summary>Creates a signing key when none can sign now (first start, or every key retired).</summary>
    public async Task EnsureSigningKeyAsync(CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        if (!(await ScheduleAsync(cancellationToken)).Any(k => k.SignsAt(Now)))
        {
            db.ToolKeys.Add(CreateKey(activatesAt: Now));
            await db.SaveChangesAsync(cancellationToken);
            cache.Invalidate();
        }
    }

    /// <summary>Publishes a new key now that starts signing after the publish lead; the current keys retire then and stay published a while after.</summary>
    public async Task<ToolKey> RotateAsync(bool immediately = false, CancellationToken cancellationToken = default)
    {
        var keyOptions = options.Value.Keys;
        var activatesAt = Now + (immediately ? TimeSpan.Zero : keyOptions.PublishBeforeSigning);
        var next = CreateKey(activatesAt);
        var current = await db.ToolKeys.Where(k => k.RetiresAt == null).ToListAsync(cancellationToken);
        foreach (var key in current)
        {
            key.RetiresAt = activatesAt;
            key.UnpublishAt = activatesAt + keyOptions.PublishAfterRetiring;
        }

        db.ToolKeys.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return next;
    }

    /// <summary>The newest key whose signing time has come.</summary>
    public async Task<RsaSecurityKey> GetSigningKeyAsync(CancellationToken cancellationToken = default) =>
        (await GetCurrentKeyAsync(cancellationToken)).Signing;

    /// <summary>The key that signs session tokens now: derived from the current signing key.</summary>
    public async Task<SymmetricSecurityKey> GetSessionKeyAsync(CancellationToken cancellationToken = default) =>
        (await GetCurrentKeyAsync(cancellationToken)).Session;

    /// <summary>The session keys of every published key, so tokens signed before a rotation stay valid until they expire.</summary>
    public async Task<List<SymmetricSecurityKey>> GetSessionValidationKeysAsync(CancellationToken cancellationToken = default) =>
        (await PublishedAsync(cancellationToken)).Select(k => Unlock(k).Session).ToList();

    /// <summary>Every key a platform may meet: those about to sign, signing, and recently retired.</summary>
    public async Task<List<JsonWebKey>> GetPublishedKeysAsync(CancellationToken cancellationToken = default) =>
        (await PublishedAsync(cancellationToken)).Select(k => new JsonWebKey(k.PublicJwk)).ToList();

    public Task<List<ToolKey>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ToolKeys.AsNoTracking().OrderBy(k => k.ActivatesAt).ToListAsync(cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<UnlockedToolKey> GetCurrentKeyAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var key = (await ScheduleAsync(cancellationToken)).Where(k => k.SignsAt(now)).MaxBy(k => k.ActivatesAt)
            ?? throw new InvalidOperationException("The tool has no signing key; start-up should have created one.");
        return Unlock(key);
    }

    private async Task<IEnumerable<ScheduledToolKey>> PublishedAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        return (await ScheduleAsync(cancellationToken)).Where(k => k.IsPublishedAt(now)).OrderByDescending(k => k.ActivatesAt);
    }

    /// <summary>Every stored key with its times, from the cache while it is fresh; a handful of rows, one per rotation.</summary>
    private async Task<IReadOnlyList<ScheduledToolKey>> ScheduleAsync(CancellationToken cancellationToken)
    {
        var loadedAt = clock.GetUtcNow();
        if (cache.Schedule(loadedAt) is { } cached)
        {
            return cached;
        }

        var schedule = await db.ToolKeys.AsNoTracking()
            .Select(k => new ScheduledToolKey(k.Kid, k.ProtectedPrivateKey, k.PublicJwk, k.ActivatesAt, k.RetiresAt, k.UnpublishAt))
            .ToListAsync(cancellationToken);
        cache.Remember(schedule, loadedAt);
        return schedule;
    }

    private UnlockedToolKey Unlock(ScheduledToolKey key) =>
        cache.GetOrAdd(key.Kid, () => protector.Unprotect(Convert.FromBase64String(key.ProtectedPrivateKey)));

    private ToolKey CreateKey(DateTime activatesAt)
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var kid = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));
        var publicJwk = JsonSerializer.Serialize(new
        {
            kty = "RSA",
            kid,
            use = "sig",
            alg = "RS256",
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
        });
        return new ToolKey
        {
            Kid = kid,
            ProtectedPrivateKey = Convert.ToBase64String(protector.Protect(rsa.ExportPkcs8PrivateKey())),
            PublicJwk = publicJwk,
            CreatedAt = Now,
            ActivatesAt = activatesAt,
        };
    }
}
