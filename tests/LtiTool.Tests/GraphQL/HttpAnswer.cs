using System.Net;
using System.Text.Json.Nodes;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>What /graphql answered: status, media type, the parsed body and its raw text.</summary>
public sealed record HttpAnswer(HttpStatusCode Status, string? MediaType, JsonNode? Body, string Text)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray? Errors => Body?["errors"] as JsonArray;

    public string FirstError => Errors?[0]?["message"]?.GetValue<string>() ?? $"(no error in {Text})";

    public string? FirstCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public bool HasData => Body is JsonObject body && body.ContainsKey("data");
}
