using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Lti.Services;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>
/// OAuth 2 client credentials with a private_key_jwt assertion (LTI Security 1.0 section 4.1). Tokens are cached per
/// (registration, scope set) until a minute before they expire, so a burst of scores costs one token request.
/// </summary>
public sealed class PlatformTokenClient(
    IHttpClientFactory httpClients, IServiceScopeFactory scopeFactory, TimeProvider clock, ILogger<PlatformTokenClient> logger)
    : IPlatformAccessTokenProvider
{
    public const string HttpClientName = PlatformHttpClients.Services;
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, PlatformAccessToken> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    private int requestCount;

    /// <summary>How many token requests were made; the benchmark and tests read it to see the cache at work.</summary>
    public int RequestCount => requestCount;

    /// <summary>A usable token; pass the token a service just refused (401) to get a fresh one, once, however many callers saw the refusal.</summary>
    public async Task<PlatformAccessToken> GetAsync(
        PlatformRegistration registration, IReadOnlyList<string> scopes, string? rejected = null, CancellationToken cancellationToken = default)
    {
        var key = registration.Id.ToString("N") + " " + string.Join(' ', scopes);
        if (Usable(key, rejected) is { } cached)
        {
            return cached;
        }

        var gate = gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Usable(key, rejected) is { } fresh)
            {
                return fresh;
            }

            var token = await RequestAsync(registration, scopes, cancellationToken);
            tokens[key] = token;
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<string> GetTokenAsync(
        PlatformRegistration registration, IReadOnlyList<string> scopes, string? rejected, CancellationToken cancellationToken) =>
        (await GetAsync(registration, scopes, rejected, cancellationToken)).Value;

    private PlatformAccessToken? Usable(string key, string? rejected) =>
        tokens.TryGetValue(key, out var token) && token.Value != rejected && clock.GetUtcNow() < token.RenewAt ? token : null;

    private async Task<PlatformAccessToken> RequestAsync(
        PlatformRegistration registration, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        if (!PlatformUrlRule.IsAllowed(registration.TokenEndpoint))
        {
            throw new PlatformServiceException($"The LMS token URL {registration.TokenEndpoint} is not https, so no grade can be sent.");
        }

        string assertion;
        using (var scope = scopeFactory.CreateScope())
        {
            var key = await scope.ServiceProvider.GetRequiredService<ToolKeyStore>().GetSigningKeyAsync(cancellationToken);
            assertion = ClientAssertion.Create(key, registration.ClientId, registration.TokenEndpoint, clock.GetUtcNow());
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = string.Join(' ', scopes),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, registration.TokenEndpoint) { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Interlocked.Increment(ref requestCount);
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(PlatformHttpClients.For(registration, HttpClientName)).SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new PlatformServiceException("The LMS token endpoint could not be reached.", transient: true);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Token request to {Url} answered {Status}: {Body}", registration.TokenEndpoint, (int)response.StatusCode, Excerpt(body));
                var status = (int)response.StatusCode;
                throw new PlatformServiceException(
                    $"The LMS refused the tool's access token request ({status}): {Excerpt(body)}", status, transient: status >= 500 || status == 429);
            }

            return Parse(body, scopes);
        }
    }

    private PlatformAccessToken Parse(string body, IReadOnlyList<string> scopes)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var value = root.GetProperty("access_token").GetString();
            var expiresIn = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 3600;
            if (string.IsNullOrEmpty(value))
            {
                throw new PlatformServiceException("The LMS token endpoint answered without an access_token.");
            }

            var renewAt = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(0, expiresIn)) - RenewBeforeExpiry;
            return new PlatformAccessToken(value, scopes, renewAt);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new PlatformServiceException("The LMS token endpoint answered something that is not an OAuth token response.");
        }
    }

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
