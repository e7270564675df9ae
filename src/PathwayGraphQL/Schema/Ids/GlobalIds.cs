using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Ids;

/// <summary>
/// Turns database ids into the API's opaque ids and back. A Guid is one AES block, so one block under a key of its own
/// per kind is a keyed permutation: the same course always has the same id, and the id says nothing of the row.
/// Anything that does not decode (another kind, another tool's id, garbage) is simply no id: callers answer not-found.
/// </summary>
public sealed class GlobalIds(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Dictionary<GlobalIdKind, byte[]>? keys;

    public string Encode(GlobalIdKind kind, Guid id)
    {
        var block = new byte[16];
        using var aes = Cipher(kind);
        aes.EncryptEcb(id.ToByteArray(), block, PaddingMode.None);
        return Tag(kind) + Base64Url.EncodeToString(block);
    }

    public Guid? Decode(GlobalIdKind kind, string? globalId) => Kind(globalId) == kind ? DecodeBlock(kind, globalId!) : null;

    /// <summary>The kind an id claims to be, or null when it is not one of ours.</summary>
    public static GlobalIdKind? Kind(string? globalId)
    {
        var separator = globalId?.IndexOf('_') ?? -1;
        if (separator <= 0)
        {
            return null;
        }

        var tag = globalId![..(separator + 1)];
        return Enum.GetValues<GlobalIdKind>().Select(k => (GlobalIdKind?)k).FirstOrDefault(k => Tag(k!.Value) == tag);
    }

    /// <summary>Loads (or, the first time ever, creates) the secret; called once before the first request executes.</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (keys is not null)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            keys ??= Derive(await ReadOrCreateSecretAsync(cancellationToken));
        }
        finally
        {
            gate.Release();
        }
    }

    // An Aes instance is not safe to share between threads; making one from the key is cheap next to a database call.
    private Aes Cipher(GlobalIdKind kind)
    {
        var aes = Aes.Create();
        aes.Key = (keys ?? throw new InvalidOperationException("GlobalIds.EnsureLoadedAsync was not awaited."))[kind];
        return aes;
    }

    private static string Tag(GlobalIdKind kind) => kind switch
    {
        GlobalIdKind.Course => "crs_",
        GlobalIdKind.Person => "per_",
        GlobalIdKind.Plan => "pln_",
        GlobalIdKind.Assignment => "asg_",
        GlobalIdKind.Submission => "sub_",
        GlobalIdKind.Rubric => "rub_",
        GlobalIdKind.Assessment => "asm_",
        GlobalIdKind.Provider => "prv_",
        GlobalIdKind.Module => "mod_",
        GlobalIdKind.Reel => "rel_",
        _ => "ins_",
    };

    private Guid? DecodeBlock(GlobalIdKind kind, string globalId)
    {
        var encoded = globalId[Tag(kind).Length..];
        Span<byte> block = stackalloc byte[18];
        if (encoded.Length != 22 || !Base64Url.IsValid(encoded) || Base64Url.DecodeFromChars(encoded, block, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != 16)
        {
            return null;
        }

        var plain = new byte[16];
        using var aes = Cipher(kind);
        aes.DecryptEcb(block[..16], plain, PaddingMode.None);
        return new Guid(plain);
    }

    private static Dictionary<GlobalIdKind, byte[]> Derive(byte[] secret) =>
        Enum.GetValues<GlobalIdKind>().ToDictionary(
            kind => kind, kind => HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("LtiPathways global id " + kind)));

    private async Task<byte[]> ReadOrCreateSecretAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        if (await db.GlobalIdSecrets.AsNoTracking().FirstOrDefaultAsync(cancellationToken) is { } stored)
        {
            return stored.Secret;
        }

        db.GlobalIdSecrets.Add(new GlobalIdSecret { Secret = RandomNumberGenerator.GetBytes(32), CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first (the one row has a fixed key); theirs is the secret.
            db.ChangeTracker.Clear();
        }

        return (await db.GlobalIdSecrets.AsNoTracking().SingleAsync(cancellationToken)).Secret;
    }
}
