using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// The real tool with the sandbox platform, and the two kinds of caller the API knows: a person's session token from a
/// real launch (in either of the sandbox's two deployments, which are two institutions) and an API token.
/// </summary>
public sealed class GraphQLHarness : IDisposable
{
    public GraphQLHarness(ToolFactory? factory = null)
    {
        Factory = factory ?? new ToolFactory();
        Driver = new LaunchDriver(Factory);
        Client = Factory.CreateClient();
    }

    public ToolFactory Factory { get; }

    public LaunchDriver Driver { get; }

    public HttpClient Client { get; }

    /// <summary>A launch as this sandbox person, in deployment 1 or 2; returns the page's session token.</summary>
    public async Task<string> SessionAsync(string person, string deploymentId = SandboxPlatform.DeploymentId, Action<JsonObject>? change = null)
    {
        await Driver.RegisterSandboxAsync();
        var login = await Driver.LoginAsync(person, deploymentId: deploymentId);
        var claims = Driver.Claims(login);
        change?.Invoke(claims);
        using var launch = await Driver.LaunchAsync(Driver.Sign(claims), login.State);
        return await LaunchDriver.SessionFromAsync(launch);
    }

    /// <summary>Creates an API token for the sandbox's deployment, as the command line does; returns its secret.</summary>
    public async Task<string> ApiTokenAsync(string deploymentId = SandboxPlatform.DeploymentId, ApiTokenScope scope = ApiTokenScope.Read)
    {
        await Driver.RegisterSandboxAsync();
        return await ApiTokenAsync(Factory, deploymentId, scope);
    }

    /// <summary>The same for a tool whose sandbox is registered already (a planner test's).</summary>
    public static async Task<string> ApiTokenAsync(ToolFactory factory, string deploymentId = SandboxPlatform.DeploymentId, ApiTokenScope scope = ApiTokenScope.Read)
    {
        using var services = factory.Services.CreateScope();
        var tokens = services.ServiceProvider.GetRequiredService<ApiTokenStore>();
        var institution = await tokens.FindInstitutionAsync(SandboxPlatform.Issuer, null, deploymentId, CancellationToken.None);
        var issued = await tokens.CreateAsync(institution.Value!, "District SIS", scope, "test", CancellationToken.None);
        return issued.Value!.Secret;
    }

    public Task<HttpAnswer> PostAsync(string? token, string query, object? variables = null, string? accept = null) =>
        SendAsync(token, JsonSerializer.Serialize(new { query, variables }), accept);

    public async Task<HttpAnswer> SendAsync(
        string? token, string body, string? accept = null, string contentType = "application/json", HttpMethod? method = null, string? path = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path ?? "/graphql");
        if (method is null || method == HttpMethod.Post)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? parsed = null;
        try
        {
            parsed = text.Length > 0 ? JsonNode.Parse(text) : null;
        }
        catch (JsonException)
        {
        }

        return new HttpAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, parsed, text);
    }

    public Task<HttpAnswer> GetAsync(string? token, string query, string? accept = null, string? variables = null) =>
        SendAsync(token, "", accept, method: HttpMethod.Get,
            path: "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables)));

    public async Task<T> QueryAsync<T>(Func<PathwaysDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwaysDbContext>());
    }

    public Task<int> ActiveMembersAsync(string deploymentId) => QueryAsync(db => db.Memberships
        .CountAsync(m => m.Active && m.Course!.Deployment!.DeploymentId == deploymentId));

    public void Dispose()
    {
        Client.Dispose();
        Driver.Dispose();
        Factory.Dispose();
    }
}
