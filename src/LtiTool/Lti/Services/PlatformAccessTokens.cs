using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Services;

/// <summary>
/// OAuth 2 client credentials with a private_key_jwt client assertion (LTI Security 4.1, RFC 7523),
/// cached per (registration, scope set) until shortly before the token expires.
/// </summary>
public class PlatformAccessTokens(IHttpClientFactory httpClients, ToolKeyStore keys, IMemoryCache cache, TimeProvider clock)
    : IPlatformAccessTokenProvider
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static readonly JsonWebTokenHandler Tokens = new();
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(60);

    public async Task<string> GetTokenAsync(
        PlatformRegistration registration, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        var key = CacheKey(registration, scopes);
        if (cache.TryGetValue<string>(key, out var cached) && cached is not null)
        {
            return cached;
        }

        var answer = await RequestAsync(registration, scopes, cancellationToken);
        var lifetime = TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn ?? 3600, 0)) - RenewBefore;
        if (lifetime > TimeSpan.Zero)
        {
            cache.Set(key, answer.AccessToken, lifetime);
        }

        return answer.AccessToken!;
    }

    public void Forget(PlatformRegistration registration, IReadOnlyCollection<string> scopes) =>
        cache.Remove(CacheKey(registration, scopes));

    private async Task<TokenAnswer> RequestAsync(
        PlatformRegistration registration, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_assertion_type"] = AssertionType,
            ["client_assertion"] = await AssertionAsync(registration, cancellationToken),
            ["scope"] = string.Join(' ', scopes),
        };
        using var client = httpClients.CreateClient(PlatformHttpClients.Services);
        try
        {
            using var response = await client.PostAsync(registration.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new PlatformTokenException(
                    $"The platform's token endpoint answered {(int)response.StatusCode}: {await Excerpt(response, cancellationToken)}");
            }

            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
            return string.IsNullOrEmpty(answer?.AccessToken)
                ? throw new PlatformTokenException("The platform's token endpoint answered without an access_token.")
                : answer;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            throw new PlatformTokenException($"The platform's token endpoint could not be reached or read: {exception.Message}", exception);
        }
    }

    /// <summary>iss = sub = client_id; aud = the exact token URL (checklist D.23: no added trailing slash); exp within 5 minutes.</summary>
    private async Task<string> AssertionAsync(PlatformRegistration registration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var signingKey = await keys.GetSigningKeyAsync(cancellationToken);
        return Tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = registration.ClientId,
            Audience = registration.TokenEndpoint,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = registration.ClientId,
                ["jti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18)),
            },
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string CacheKey(PlatformRegistration registration, IReadOnlyCollection<string> scopes) =>
        $"platform-token|{registration.Id}|{string.Join(' ', scopes.Order(StringComparer.Ordinal))}";

    private static async Task<string> Excerpt(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return body.Length > 300 ? body[..300] : body;
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}
