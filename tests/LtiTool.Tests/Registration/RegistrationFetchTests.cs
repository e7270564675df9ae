using System.Net;
using LtiPathways.LtiTool.Lti.Registration;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LtiPathways.LtiTool.Tests.Registration;

/// <summary>
/// Issue 11, finding 2 (unauthenticated fetcher): /lti/register fetches and posts only to public addresses (loopback only
/// where configuration allows it), answers every refusal with the same sentence, logs the reason without tokens, and is
/// limited per client address.
/// </summary>
public sealed class RegistrationFetchTests : IAsyncLifetime, IDisposable
{
    private const string Token = "registration-token-that-must-not-be-logged";
    private readonly ToolFactory factory = new() { RealRegistrationClient = true };
    private RegistrationPlatform lms = default!;

    public async Task InitializeAsync()
    {
        factory.ExtraServices = services => services.AddLogging(logging => logging.AddFakeLogging());
        lms = await RegistrationPlatform.StartAsync();
    }

    public async Task DisposeAsync() => await lms.DisposeAsync();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.0.0.1/.well-known/openid-configuration")]
    [InlineData("https://192.168.1.1:8443/.well-known/openid-configuration")]
    [InlineData("https://[fd00::1]/.well-known/openid-configuration")]
    [InlineData("https://[::ffff:10.0.0.1]/.well-known/openid-configuration")]
    public async Task Unauthenticated_fetcher_never_fetches_private_or_metadata_addresses(string configurationUrl)
    {
        using var response = await RegisterAsync(configurationUrl);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);
    }

    [Fact]
    public async Task Unauthenticated_fetcher_does_not_reach_loopback_unless_configuration_allows_it()
    {
        factory.Settings["Lti:AllowLoopbackPlatforms"] = "false";

        using var response = await RegisterAsync(lms.ConfigurationUrl);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);
        Assert.Equal(0, lms.TotalHits);
    }

    [Theory]
    [InlineData("https://10.0.0.1/register")]
    [InlineData("https://169.254.169.254/register")]
    public async Task Unauthenticated_fetcher_posts_the_registration_only_to_a_public_address(string registrationEndpoint)
    {
        lms.RegistrationEndpoint = registrationEndpoint;

        using var response = await RegisterAsync(lms.ConfigurationUrl);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);
        Assert.Equal(1, lms.TotalHits);
    }

    [Theory]
    [InlineData("/lms/missing", "404")]
    [InlineData("/lms/not-json", "JSON")]
    [InlineData("/lms/lacks-issuer", "issuer")]
    [InlineData("closed-port", "reach")]
    [InlineData("/other/.well-known/openid-configuration", "not at or under")]
    public async Task Unauthenticated_fetcher_gives_one_sentence_whatever_went_wrong_and_logs_the_reason_without_the_token(string path, string reason)
    {
        var url = path == "closed-port" ? "http://127.0.0.1:9/.well-known/openid-configuration" : lms.BaseUrl + path;

        using var response = await RegisterAsync(url, Token);
        var body = await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);

        Assert.DoesNotContain(reason, body.Replace(RegistrationOutcome.RefusalSentence, "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        var logs = factory.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, r => r.Level == LogLevel.Warning && r.Message.Contains(reason, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, r => r.Message.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unauthenticated_fetcher_is_rate_limited_per_client_address()
    {
        factory.Settings["Lti:RegistrationAttemptsPerMinute"] = "3";
        var first = IPAddress.Parse("203.0.113.7");

        var answers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await SendFromAsync(first)).Response.StatusCode);
        }

        var limited = await SendFromAsync(first);
        var other = await SendFromAsync(IPAddress.Parse("203.0.113.8"));

        Assert.Equal([400, 400, 400], answers);
        Assert.Equal(StatusCodes.Status429TooManyRequests, limited.Response.StatusCode);
        Assert.Equal("60", limited.Response.Headers.RetryAfter.ToString());
        Assert.StartsWith("Too many registration attempts", await new StreamReader(limited.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status400BadRequest, other.Response.StatusCode);
    }

    private Task<HttpResponseMessage> RegisterAsync(string configurationUrl, string? token = null)
    {
        var query = new Dictionary<string, string?> { ["openid_configuration"] = configurationUrl };
        if (token is not null)
        {
            query["registration_token"] = token;
        }

        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        return client.GetAsync(QueryHelpers.AddQueryString("http://localhost/lti/register", query));
    }

    private Task<HttpContext> SendFromAsync(IPAddress address) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/lti/register";
            context.Connection.RemoteIpAddress = address;
        });
}
