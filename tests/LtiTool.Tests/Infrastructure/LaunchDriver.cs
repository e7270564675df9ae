using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>
/// Plays the browser between the sandbox platform and the tool: starts a login, reads state and nonce from the
/// redirect to the platform, and posts an id_token to the launch URL with the cookies the login set.
/// </summary>
public sealed class LaunchDriver : IDisposable
{
    public const string ToolBase = "http://localhost";
    public static readonly SandboxAddresses Addresses = new(ToolBase + "/sandbox", ToolBase);

    private readonly ToolFactory factory;

    public LaunchDriver(ToolFactory factory)
    {
        this.factory = factory;
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    public HttpClient Client { get; }

    public async Task RegisterSandboxAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SandboxRegistration>().EnsureAsync(Addresses, CancellationToken.None);
    }

    public async Task<Login> LoginAsync(
        string person = "teacher", string messageType = "LtiResourceLinkRequest",
        string deploymentId = SandboxPlatform.DeploymentId, bool post = false, bool offerStorage = false)
    {
        var url = SandboxLaunchLinks.LoginUrl(Addresses, SandboxCourse.Find(person)!, messageType, deploymentId, offerStorage);
        using var response = post
            ? await Client.PostAsync(ToolBase + "/lti/login", new FormUrlEncodedContent(QueryHelpers.ParseQuery(new Uri(url).Query)
                .ToDictionary(p => p.Key, p => p.Value.ToString())))
            : await Client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var location = response.Headers.Location!;
        var query = QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        return new Login(location, query, query["state"], query["nonce"], person, messageType, deploymentId);
    }

    /// <summary>The id_token claims the sandbox would send for this login; tests change them to break one rule at a time.</summary>
    public JsonObject Claims(Login login) =>
        SandboxMessage.IdToken(
            SandboxCourse.Find(login.Person)!, login.MessageType, login.Nonce, ToolBase, Addresses.PlatformBaseUrl,
            factory.Clock.GetUtcNow(), login.DeploymentId);

    public string Sign(JsonObject claims) => factory.Platform.Sign(claims);

    public Task<HttpResponseMessage> LaunchAsync(string? idToken, string? state, IDictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>();
        if (idToken is not null)
        {
            fields["id_token"] = idToken;
        }

        if (state is not null)
        {
            fields["state"] = state;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        return Client.PostAsync(ToolBase + "/lti/launch", new FormUrlEncodedContent(fields));
    }

    /// <summary>A complete, valid launch: login, signed id_token, launch.</summary>
    public async Task<HttpResponseMessage> LaunchAsAsync(string person = "teacher", string messageType = "LtiResourceLinkRequest")
    {
        var login = await LoginAsync(person, messageType);
        return await LaunchAsync(Sign(Claims(login)), login.State);
    }

    public void Dispose() => Client.Dispose();
}
