using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LtiPathways.LtiTool.Tests.Registration;

/// <summary>
/// A platform with Dynamic Registration on a real 127.0.0.1 port: its OpenID configuration and registration endpoint,
/// shaped by the test (issuer, client id, keys, deployment), counting every request it receives. Playing an attacker,
/// it names another platform's issuer and answers with that platform's client id.
/// </summary>
public sealed class RegistrationPlatform : IAsyncDisposable
{
    private const string ToolConfiguration = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    private readonly WebApplication app;

    private RegistrationPlatform(WebApplication app) => this.app = app;

    public string BaseUrl => app.Urls.Single().TrimEnd('/');

    public string ConfigurationUrl => BaseUrl + "/lms/.well-known/openid-configuration";

    public string Issuer { get; set; } = "";

    public string ClientId { get; set; } = "lms-client-1";

    public string? DeploymentId { get; set; } = "lms-deployment-1";

    public string JwksUri => BaseUrl + JwksPath;

    public string JwksPath { get; set; } = "/lms/jwks";

    public string RegistrationEndpoint { get; set; } = "";

    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public int TotalHits => Hits.Values.Sum();

    public ConcurrentQueue<string> Authorizations { get; } = new();

    public static async Task<RegistrationPlatform> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var platform = new RegistrationPlatform(app);
        app.Run(platform.HandleAsync);
        await app.StartAsync();
        platform.Issuer = platform.BaseUrl + "/lms";
        platform.RegistrationEndpoint = platform.BaseUrl + "/lms/register";
        return platform;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
        switch (path)
        {
            case var any when any.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal):
                await context.Response.WriteAsJsonAsync(Configuration());
                break;
            case "/lms/lacks-issuer":
                var configuration = Configuration();
                configuration.Remove("issuer");
                await context.Response.WriteAsJsonAsync(configuration);
                break;
            case "/lms/not-json":
                await context.Response.WriteAsync("<html>a login page</html>");
                break;
            case "/lms/register" when HttpMethods.IsPost(context.Request.Method):
                await context.Response.WriteAsJsonAsync(Answer());
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private JsonObject Configuration() => new()
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = BaseUrl + "/lms/authorize",
        ["token_endpoint"] = BaseUrl + "/lms/token",
        ["jwks_uri"] = JwksUri,
        ["registration_endpoint"] = RegistrationEndpoint,
        ["scopes_supported"] = new JsonArray("openid", "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
        ["https://purl.imsglobal.org/spec/lti-platform-configuration"] = new JsonObject { ["product_family_code"] = "moodle" },
    };

    private JsonObject Answer()
    {
        var answer = new JsonObject { ["client_id"] = ClientId, ["scope"] = "https://purl.imsglobal.org/spec/lti-ags/scope/score" };
        if (DeploymentId is { } deployment)
        {
            answer[ToolConfiguration] = new JsonObject { ["deployment_id"] = deployment };
        }

        return answer;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
