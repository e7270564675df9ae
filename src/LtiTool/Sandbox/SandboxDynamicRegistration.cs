using System.Text.Json;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The sandbox as a platform that supports LTI Dynamic Registration 1.0: its OpenID configuration (section 3.4)
/// and its registration endpoint (section 3.5), imitating Canvas or Moodle where they differ.
/// </summary>
public static class SandboxDynamicRegistration
{
    public const string ToolConfiguration = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    public const string PlatformConfiguration = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    public static void Map(RouteGroupBuilder sandbox)
    {
        sandbox.MapGet("/.well-known/openid-configuration", Configuration);
        sandbox.MapPost("/register", RegisterAsync);
    }

    /// <summary>The URL a sandbox admin would hand to the tool's /lti/register.</summary>
    public static string ConfigurationUrl(string platformBaseUrl, SandboxPlatformFlavor flavor) =>
        $"{platformBaseUrl}/.well-known/openid-configuration?flavor={flavor}";

    private static IResult Configuration(
        HttpContext context, SandboxToolRegistrations registrations, ToolUrls urls, IOptions<LtiOptions> options, SandboxPlatformFlavor? flavor)
    {
        var kind = flavor ?? SandboxPlatformFlavor.Standard;
        if (kind != SandboxPlatformFlavor.Moodle && !registrations.IsValid(Bearer(context.Request)))
        {
            return TypedResults.Text("The registration token is missing or not valid.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var platform = SandboxAddresses.From(context.Request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl)).PlatformBaseUrl;
        var scopes = PlatformScopes.All.Split(' ').Select(s => (JsonNode)s).ToList();
        if (kind is not (SandboxPlatformFlavor.Canvas or SandboxPlatformFlavor.CanvasRefuses))
        {
            scopes.Insert(0, "openid");
        }

        return TypedResults.Json(new JsonObject
        {
            ["issuer"] = kind == SandboxPlatformFlavor.Mismatch ? "https://elsewhere.example.org" : platform,
            ["authorization_endpoint"] = platform + "/authorize",
            ["token_endpoint"] = platform + "/token",
            ["jwks_uri"] = platform + "/jwks",
            ["registration_endpoint"] = $"{platform}/register?flavor={kind}",
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            ["token_endpoint_auth_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["scopes_supported"] = new JsonArray([.. scopes]),
            ["response_types_supported"] = new JsonArray("id_token"),
            ["subject_types_supported"] = new JsonArray("public", "pairwise"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["claims_supported"] = new JsonArray("sub", "iss", "name", "given_name", "family_name", "email"),
            [PlatformConfiguration] = new JsonObject
            {
                ["product_family_code"] = kind switch
                {
                    SandboxPlatformFlavor.Canvas or SandboxPlatformFlavor.CanvasRefuses => "canvas",
                    SandboxPlatformFlavor.Moodle => "moodle",
                    _ => "ltipathways-sandbox",
                },
                ["version"] = "1.0",
                ["messages_supported"] = new JsonArray(
                    new JsonObject { ["type"] = "LtiResourceLinkRequest" },
                    new JsonObject { ["type"] = "LtiDeepLinkingRequest", ["placements"] = new JsonArray("ContentArea") }),
            },
        });
    }

    private static async Task<IResult> RegisterAsync(HttpContext context, SandboxToolRegistrations registrations, SandboxPlatformFlavor? flavor)
    {
        var kind = flavor ?? SandboxPlatformFlavor.Standard;
        if (kind != SandboxPlatformFlavor.Moodle && !registrations.Consume(Bearer(context.Request)))
        {
            return TypedResults.Text("The registration token is missing, used or not valid.", statusCode: StatusCodes.Status401Unauthorized);
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        var problem = body is null ? "the body is not a JSON object" : SandboxRegistrationRules.Problem(body, kind);
        if (kind == SandboxPlatformFlavor.CanvasRefuses)
        {
            return TypedResults.Json(new { errors = Array.Empty<object>() }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        if (problem is not null)
        {
            return kind == SandboxPlatformFlavor.Canvas
                ? TypedResults.Json(new { errors = new[] { new { message = problem } } }, statusCode: StatusCodes.Status422UnprocessableEntity)
                : TypedResults.Json(new { error = "invalid_client_metadata", error_description = problem }, statusCode: StatusCodes.Status400BadRequest);
        }

        registrations.Record(body!);
        return TypedResults.Json(SandboxRegistrationRules.Answer(body!, kind));
    }

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
