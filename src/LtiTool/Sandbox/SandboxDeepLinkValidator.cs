using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// Checks an LtiDeepLinkingResponse as a platform would (Deep Linking 2.0 section 4.5, checklist C.17-18):
/// RS256 signed by a key in the tool's JWKS, fetched over HTTP, and the claims the sandbox's request asked for.
/// </summary>
public sealed class SandboxDeepLinkValidator(IHttpClientFactory httpClients, TimeProvider clock, ILogger<SandboxDeepLinkValidator> logger)
{
    public const string HttpClientName = "sandbox-tool-jwks";

    /// <summary>Canvas refuses a response issued more than five minutes ago.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(60);
    private static readonly JsonWebTokenHandler Tokens = new();

    /// <summary>The payload when every check passes; otherwise the first problem found.</summary>
    public async Task<(JsonObject? Payload, string? Problem)> ValidateAsync(string? jwt, string toolBaseUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(jwt) || !Tokens.CanReadToken(jwt))
        {
            return (null, "The tool's answer has no readable JWT form field.");
        }

        var token = Tokens.ReadJsonWebToken(jwt);
        if (token.Alg != SecurityAlgorithms.RsaSha256 || string.IsNullOrEmpty(token.Kid))
        {
            return (null, "The tool's answer must be signed with RS256 and name its key (kid).");
        }

        var keys = await FetchKeysAsync(toolBaseUrl.TrimEnd('/') + "/.well-known/jwks.json", cancellationToken);
        var key = keys?.FirstOrDefault(k => k.Kid == token.Kid);
        if (key is null)
        {
            return (null, "The tool's JWKS has no key with the kid its answer names.");
        }

        var signature = await Tokens.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        if (!signature.IsValid)
        {
            return (null, "The signature of the tool's answer does not verify against its published key.");
        }

        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(token.EncodedPayload)) as JsonObject;
        return payload is null ? (null, "The tool's answer has no claims.") : (payload, ClaimProblem(payload));
    }

    private string? ClaimProblem(JsonObject payload)
    {
        string? Text(string name) => payload[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        long? Seconds(string name) => payload[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;
        var audiences = payload["aud"] switch
        {
            JsonArray many => many.Select(a => a?.GetValue<string>()).ToList(),
            JsonValue one when one.TryGetValue<string>(out var single) => [single],
            _ => [],
        };
        var now = clock.GetUtcNow();
        var iat = Seconds("iat");
        var exp = Seconds("exp");
        return Text("iss") != SandboxPlatform.ClientId ? "iss must be the tool's client id."
            : !audiences.Contains(SandboxPlatform.Issuer) ? "aud must be the sandbox platform's issuer."
            : Text("https://purl.imsglobal.org/spec/lti/claim/message_type") != "LtiDeepLinkingResponse"
                ? "message_type must be LtiDeepLinkingResponse."
            : Text("https://purl.imsglobal.org/spec/lti/claim/version") != "1.3.0" ? "version must be 1.3.0."
            : Text("https://purl.imsglobal.org/spec/lti/claim/deployment_id") is not (SandboxPlatform.DeploymentId or SandboxPlatform.SecondDeploymentId)
                ? "deployment_id must be the deployment the request came from."
            : string.IsNullOrEmpty(Text("nonce")) ? "nonce is required (Canvas uses it as a jti)."
            : Text("https://purl.imsglobal.org/spec/lti-dl/claim/data") != SandboxMessage.DeepLinkingData
                ? "data must echo the request's data unchanged."
            : iat is null || DateTimeOffset.FromUnixTimeSeconds(iat.Value) < now - MaxAge ? "iat is missing or older than 5 minutes."
            : DateTimeOffset.FromUnixTimeSeconds(iat.Value) > now + Skew ? "iat is in the future."
            : exp is null || DateTimeOffset.FromUnixTimeSeconds(exp.Value) + Skew < now ? "exp is missing or past."
            : payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] is not JsonArray ? "content_items must be an array."
            : null;
    }

    private async Task<List<JsonWebKey>?> FetchKeysAsync(string jwksUrl, CancellationToken cancellationToken)
    {
        try
        {
            using var client = httpClients.CreateClient(HttpClientName);
            return new JsonWebKeySet(await client.GetStringAsync(jwksUrl, cancellationToken)).Keys.ToList();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or ArgumentException)
        {
            logger.LogWarning(exception, "Sandbox could not fetch the tool's JWKS at {Url}", jwksUrl);
            return null;
        }
    }
}
