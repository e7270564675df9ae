using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The opaque access tokens the sandbox token endpoint issued, their scopes and expiry.</summary>
public sealed class SandboxAccessTokens(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt)> tokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    public int Issued => tokens.Count;

    public string Issue(IReadOnlySet<string> scopes)
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        tokens[token] = (scopes, clock.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>Null when the request may go ahead; else the status and sentence to answer with.</summary>
    public (int Status, string Sentence)? Check(HttpRequest request, string scope)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !tokens.TryGetValue(header[7..].Trim(), out var token))
        {
            return (StatusCodes.Status401Unauthorized, "The access token is missing or unknown to the sandbox platform.");
        }

        if (token.ExpiresAt <= clock.GetUtcNow())
        {
            return (StatusCodes.Status401Unauthorized, "The access token has expired.");
        }

        return token.Scopes.Contains(scope)
            ? null
            : (StatusCodes.Status403Forbidden, $"The access token was not granted the scope {scope}.");
    }

    /// <summary>For tests: every token issued so far stops working at once, as when a platform revokes them.</summary>
    public void ExpireAll()
    {
        foreach (var (key, value) in tokens)
        {
            tokens[key] = (value.Scopes, DateTimeOffset.MinValue);
        }
    }
}
