using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>Posts a query to /graphql with a page's session token, for tests that launch through the planner.</summary>
public static class SessionGraphQL
{
    public static async Task<HttpAnswer> PostAsync(ToolFactory factory, string session, string query, object? variables = null)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new HttpAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(text), text);
    }
}
