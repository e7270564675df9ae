using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.LtiTool.Lti.Launch;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.DeepLinking;

/// <summary>Signs an LtiDeepLinkingResponse with the tool's current key (Deep Linking 2.0 section 4.5, checklist C.17-18).</summary>
public class DeepLinkingResponseBuilder(ToolKeyStore keys, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly JsonWebTokenHandler Tokens = new();

    public async Task<string> SignAsync(DeepLinkingResponse response, CancellationToken cancellationToken = default)
    {
        var key = await keys.GetSigningKeyAsync(cancellationToken);
        return Tokens.CreateToken(Payload(response).ToJsonString(), new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
    }

    public JsonObject Payload(DeepLinkingResponse response)
    {
        var now = clock.GetUtcNow();
        var payload = new JsonObject
        {
            ["iss"] = response.ClientId,
            ["aud"] = response.PlatformIssuer,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
            // Canvas treats nonce as a jti and refuses a repeat, so it is fresh random for every response.
            ["nonce"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24)),
            [LtiClaims.DeploymentId] = response.DeploymentId,
            [LtiClaims.MessageType] = DeepLinkingClaims.ResponseMessageType,
            [LtiClaims.Version] = "1.3.0",
            [DeepLinkingClaims.ContentItems] = new JsonArray(response.Items.Select(i => (JsonNode)i.ToJson()).ToArray()),
        };
        if (response.DataJson is not null)
        {
            payload[DeepLinkingClaims.Data] = JsonNode.Parse(response.DataJson);
        }

        if (response.Message is not null)
        {
            payload[DeepLinkingClaims.Message] = response.Message;
        }

        if (response.ErrorMessage is not null)
        {
            payload[DeepLinkingClaims.ErrorMessage] = response.ErrorMessage;
        }

        return payload;
    }
}
