using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Sandbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>
/// Plays the browser between the sandbox platform and the tool: starts a login, reads state and nonce from the
/// redirect to the platform, and posts an id_token to the launch URL with the cookies the login set.
/// </summary>
public sealed partial class LaunchDriver : IDisposable
{
    public const string ToolBase = "http://localhost";
    public static readonly SandboxAddresses Addresses = new(ToolBase + "/sandbox", ToolBase);

    private readonly ToolFactory factory;

    public LaunchDriver(ToolFactory factory)
    {
        this.factory = factory;
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        CookielessClient = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    /// <summary>The browser that starts logins: it keeps the cookies the tool sets.</summary>
    public HttpClient Client { get; }

    /// <summary>A browser whose cookies were blocked, as in a third-party iframe.</summary>
    public HttpClient CookielessClient { get; }

    public async Task RegisterSandboxAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SandboxRegistration>().EnsureAsync(Addresses, CancellationToken.None);
    }

    /// <summary>The login initiation parameters the sandbox course page would send.</summary>
    public static Dictionary<string, string> LoginParameters(
        string person = "teacher", string messageType = "LtiResourceLinkRequest",
        string deploymentId = SandboxPlatform.DeploymentId, bool offerStorage = false)
    {
        var url = SandboxLaunchLinks.LoginUrl(Addresses, SandboxCourse.Find(person)!, messageType, deploymentId, offerStorage);
        return QueryHelpers.ParseQuery(new Uri(url).Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>Sends exactly these login parameters and returns the tool's raw answer.</summary>
    public Task<HttpResponseMessage> StartLoginAsync(IReadOnlyDictionary<string, string> parameters, bool post = false) =>
        post
            ? Client.PostAsync(ToolBase + "/lti/login", new FormUrlEncodedContent(parameters))
            : Client.GetAsync(QueryHelpers.AddQueryString(ToolBase + "/lti/login", parameters!));

    public Task<Login> LoginAsync(
        string person = "teacher", string messageType = "LtiResourceLinkRequest",
        string deploymentId = SandboxPlatform.DeploymentId, bool post = false, bool offerStorage = false) =>
        LoginAsync(LoginParameters(person, messageType, deploymentId, offerStorage), person, messageType, deploymentId, post);

    /// <summary>Starts a login with these parameters and reads state and nonce from the redirect or the storage page.</summary>
    public async Task<Login> LoginAsync(
        IReadOnlyDictionary<string, string> parameters, string person = "teacher", string messageType = "LtiResourceLinkRequest",
        string deploymentId = SandboxPlatform.DeploymentId, bool post = false)
    {
        using var response = await StartLoginAsync(parameters, post);
        var (location, secret) = response.StatusCode switch
        {
            HttpStatusCode.Redirect => (response.Headers.Location!, null),
            HttpStatusCode.OK => await ReadStoragePutAsync(response),
            _ => throw new InvalidOperationException(
                $"Login answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}"),
        };
        var query = QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        return new Login(location, query, query["state"], query["nonce"], person, messageType, deploymentId, secret);
    }

    /// <summary>The id_token claims the sandbox would send for this login; tests change them to break one rule at a time.</summary>
    public JsonObject Claims(Login login, SandboxPlacement? placement = null) =>
        SandboxMessage.IdToken(
            SandboxCourse.Find(login.Person)!, login.MessageType, login.Nonce, ToolBase, Addresses.PlatformBaseUrl,
            factory.Clock.GetUtcNow(), login.DeploymentId, placement);

    public string Sign(JsonObject claims) => factory.Platform.Sign(claims);

    public Task<HttpResponseMessage> LaunchAsync(string? idToken, string? state, IDictionary<string, string>? extra = null) =>
        LaunchAsync(Client, idToken, state, extra);

    /// <summary>Posts the launch form as a browser would: from the given client, with Fetch Metadata when asked.</summary>
    public Task<HttpResponseMessage> LaunchAsync(
        HttpClient client, string? idToken, string? state, IDictionary<string, string>? extra = null, string? secFetchSite = null)
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

        var request = new HttpRequestMessage(HttpMethod.Post, ToolBase + "/lti/launch") { Content = new FormUrlEncodedContent(fields) };
        if (secFetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", secFetchSite);
        }

        return SendAsync(client, request);
    }

    /// <summary>A complete, valid launch: login, signed id_token, launch; <paramref name="change"/> edits the claims before signing.</summary>
    public async Task<HttpResponseMessage> LaunchAsAsync(
        string person = "teacher", string messageType = "LtiResourceLinkRequest", Action<JsonObject>? change = null)
    {
        var login = await LoginAsync(person, messageType);
        var claims = Claims(login);
        change?.Invoke(claims);
        return await LaunchAsync(Sign(claims), login.State);
    }

    public void Dispose()
    {
        Client.Dispose();
        CookielessClient.Dispose();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            return await client.SendAsync(request);
        }
    }

    private static async Task<(Uri Location, string? Secret)> ReadStoragePutAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var island = StoragePutIsland().Match(html);
        if (!island.Success)
        {
            throw new InvalidOperationException($"Login answered 200 without the platform storage page: {html}");
        }

        using var data = JsonDocument.Parse(island.Groups["json"].Value);
        return (new Uri(data.RootElement.GetProperty("continueUrl").GetString()!), data.RootElement.GetProperty("value").GetString());
    }

    [GeneratedRegex("""<script type="application/json" id="lti-storage-put">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex StoragePutIsland();

    /// <summary>The session a launch started: from the landing page, or from the redirect to a feature's page.</summary>
    public static async Task<string> SessionFromAsync(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return Uri.UnescapeDataString(SessionInUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(SessionMeta().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    [GeneratedRegex("[?&]session=([^&]+)")]
    private static partial Regex SessionInUrl();

    [GeneratedRegex("<meta name=\"lti-session\" content=\"([^\"]+)\"")]
    private static partial Regex SessionMeta();
}
