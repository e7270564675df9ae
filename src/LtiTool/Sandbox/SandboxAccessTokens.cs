using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox platform's OAuth 2 access tokens: opaque, with their scopes and expiry, kept in memory.</summary>
public sealed class SandboxAccessTokens(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt)> tokens = new(StringComparer.Ordinal);

    private int issued;

    public int Issued => issued;

    public string Issue(IEnumerable<string> scopes)
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        tokens[token] = (scopes.ToHashSet(StringComparer.Ordinal), clock.GetUtcNow() + Lifetime);
        Interlocked.Increment(ref issued);
        return token;
    }

    /// <summary>True when the request carries "Authorization: Bearer" with an unexpired token granted this scope.</summary>
    public bool Allows(HttpRequest request, string scope)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && tokens.TryGetValue(header[prefix.Length..].Trim(), out var grant)
            && grant.ExpiresAt > clock.GetUtcNow()
            && grant.Scopes.Contains(scope);
    }

    /// <summary>Lets tests act as a platform that revoked every token.</summary>
    public void RevokeAll() => tokens.Clear();
}
