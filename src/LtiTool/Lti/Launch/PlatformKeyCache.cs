using System.Collections.Concurrent;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Lti.Services;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>
/// Platform JWKS by URI. An unknown kid refetches at once unless another unknown kid already did within
/// <see cref="LtiOptions.JwksRefetchInterval"/>, so a platform that rotates its key and launches at once is accepted
/// while a flood of forged kids costs one fetch per interval (checklist A.5). Launches waiting on one fetch share it.
/// </summary>
public sealed class PlatformKeyCache(IHttpClientFactory httpClients, TimeProvider clock, IOptions<LtiOptions> options, ILogger<PlatformKeyCache> logger)
{
    public const string HttpClientName = "platform-jwks";
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The keys of this registration that may have signed a token with this kid (all keys when the token names none).</summary>
    public Task<IReadOnlyList<SecurityKey>> FindAsync(PlatformRegistration registration, string? kid, CancellationToken cancellationToken) =>
        FindAsync(registration.JwksUri, kid, PlatformHttpClients.For(registration, HttpClientName), cancellationToken);

    private async Task<IReadOnlyList<SecurityKey>> FindAsync(string jwksUri, string? kid, string clientName, CancellationToken cancellationToken)
    {
        // Keys fetched through the public-only client are kept apart, so they never come from a fetch that skipped its rule.
        var entry = entries.GetOrAdd(clientName == HttpClientName ? jwksUri : clientName + " " + jwksUri, _ => new Entry());
        var now = clock.GetUtcNow();
        var keys = entry.Keys;
        if (keys is null || Stale(entry, now) || (Matching(keys, kid).Count == 0 && MayRefetchForUnknownKid(entry, now)))
        {
            keys = await RefreshAsync(jwksUri, clientName, entry, kid, cancellationToken);
        }

        return Matching(keys, kid);
    }

    public int FetchCount(string jwksUri) => entries.TryGetValue(jwksUri, out var entry) ? entry.Fetches : 0;

    private async Task<IReadOnlyList<JsonWebKey>> RefreshAsync(
        string jwksUri, string clientName, Entry entry, string? kid, CancellationToken cancellationToken)
    {
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have fetched while this one waited: the launches with a new kid share its fetch,
            // and forged kids arriving together are held to the one unknown-kid refetch per interval.
            var now = clock.GetUtcNow();
            var forUnknownKid = entry.Keys is not null && !Stale(entry, now);
            if (forUnknownKid && (Matching(entry.Keys!, kid).Count > 0 || !MayRefetchForUnknownKid(entry, now)))
            {
                return entry.Keys!;
            }

            entry.Keys = await FetchAsync(jwksUri, clientName, cancellationToken) ?? entry.Keys ?? [];
            entry.FetchedAt = clock.GetUtcNow();
            if (forUnknownKid)
            {
                entry.UnknownKidRefetchAt = entry.FetchedAt;
            }

            entry.Fetches++;
            return entry.Keys;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private async Task<IReadOnlyList<JsonWebKey>?> FetchAsync(string jwksUri, string clientName, CancellationToken cancellationToken)
    {
        if (!PlatformUrlRule.IsAllowed(jwksUri))
        {
            logger.LogWarning("Platform JWKS {Uri} refused: https is required off loopback", jwksUri);
            return null;
        }

        try
        {
            using var client = httpClients.CreateClient(clientName);
            var json = await client.GetStringAsync(jwksUri, cancellationToken);
            return new JsonWebKeySet(json).Keys.ToList();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or ArgumentException or System.Text.Json.JsonException)
        {
            logger.LogWarning(exception, "Platform JWKS {Uri} could not be fetched", jwksUri);
            return null;
        }
    }

    private bool Stale(Entry entry, DateTimeOffset now) => now - entry.FetchedAt > options.Value.JwksCacheLifetime;

    private bool MayRefetchForUnknownKid(Entry entry, DateTimeOffset now) =>
        entry.UnknownKidRefetchAt is not { } last || now - last >= options.Value.JwksRefetchInterval;

    private static List<SecurityKey> Matching(IReadOnlyList<JsonWebKey> keys, string? kid) =>
        keys.Where(k => kid is null || k.Kid == kid).Cast<SecurityKey>().ToList();

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public IReadOnlyList<JsonWebKey>? Keys { get; set; }
        public DateTimeOffset FetchedAt { get; set; }

        /// <summary>The last fetch made because a token named a kid the cached set lacked; the throttle counts from it.</summary>
        public DateTimeOffset? UnknownKidRefetchAt { get; set; }
        public int Fetches { get; set; }
    }
}
