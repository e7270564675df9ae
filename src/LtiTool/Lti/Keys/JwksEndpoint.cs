using System.Text.Json.Nodes;

namespace LtiPathways.LtiTool.Lti.Keys;

public static class JwksEndpoint
{
    public static IEndpointRouteBuilder MapJwks(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/.well-known/jwks.json", async (ToolKeyStore keys, HttpContext context, CancellationToken cancellationToken) =>
        {
            var published = await keys.GetPublishedKeysAsync(cancellationToken);
            // Only public members are written, whatever the stored JWK holds.
            var set = new JsonObject
            {
                ["keys"] = new JsonArray(published.Select(k => (JsonNode)new JsonObject
                {
                    ["kty"] = k.Kty,
                    ["kid"] = k.Kid,
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["n"] = k.N,
                    ["e"] = k.E,
                }).ToArray()),
            };
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(set.ToJsonString(), "application/json");
        });
        return routes;
    }
}
