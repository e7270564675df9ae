using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// Checks a tool's client assertion the way a strict platform does (RFC 7523 section 3, LTI Security 1.0 section 4.1):
/// signature against the tool's published JWKS, then each claim in turn. Returns the problem, or null when it is good.
/// </summary>
public sealed class SandboxClientAssertion(IHttpClientFactory httpClients, TimeProvider clock)
{
    public const string JwksClientName = "sandbox-tool-jwks";
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);
    private static readonly JsonWebTokenHandler Tokens = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> usedIds = new(StringComparer.Ordinal);

    public async Task<string?> ProblemAsync(string assertion, string tokenUrl, string toolJwksUrl, CancellationToken cancellationToken)
    {
        if (!Tokens.CanReadToken(assertion))
        {
            return "client_assertion is not a JWT";
        }

        var token = Tokens.ReadJsonWebToken(assertion);
        if (token.Alg != SecurityAlgorithms.RsaSha256)
        {
            return "client_assertion must be signed with RS256";
        }

        var keys = new JsonWebKeySet(await httpClients.CreateClient(JwksClientName).GetStringAsync(toolJwksUrl, cancellationToken));
        var validation = await Tokens.ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        });
        if (!validation.IsValid)
        {
            return $"client_assertion signature does not verify against the tool's JWKS (kid {token.Kid})";
        }

        var now = clock.GetUtcNow();
        var audiences = token.Audiences.ToList();
        return token.Issuer != SandboxPlatform.ClientId ? "iss must be the client id"
            : token.Subject != SandboxPlatform.ClientId ? "sub must be the client id"
            // Exactly the token URL: no trailing slash, no other host (canvas-lms #1925).
            : audiences.Count == 0 || !audiences.Contains(tokenUrl, StringComparer.Ordinal) ? $"aud must be exactly {tokenUrl}"
            : !token.TryGetPayloadValue<long>("exp", out var exp) ? "exp is required"
            : DateTimeOffset.FromUnixTimeSeconds(exp) <= now ? "the client assertion has expired"
            : DateTimeOffset.FromUnixTimeSeconds(exp) > now + MaxLifetime ? "exp is more than 5 minutes ahead"
            // No leeway, like Moodle: a tool whose clock runs ahead is refused.
            : !token.TryGetPayloadValue<long>("iat", out var iat) || DateTimeOffset.FromUnixTimeSeconds(iat) > now ? "iat is missing or in the future"
            : string.IsNullOrEmpty(token.Id) ? "jti is required"
            : !usedIds.TryAdd(token.Id, DateTimeOffset.FromUnixTimeSeconds(exp)) ? "jti has been used before"
            : null;
    }
}
