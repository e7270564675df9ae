using System.Net;
using System.Security.Cryptography;
using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Tests.Session;

/// <summary>
/// Session tokens are HMAC-signed with a key derived from the tool's current private key: only the tool can make one,
/// and a token signed any other way, even with the tool's own RSA key (which signs what platforms verify), is refused.
/// </summary>
public sealed class SessionTokenSigningTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AgsScenario scenario = default!;
    private HttpClient browser = default!;

    public async Task InitializeAsync()
    {
        scenario = await AgsScenario.StartAsync(factory);
        browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        browser.Dispose();
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_launch_gives_an_hs256_token_that_opens_the_page()
    {
        var token = new JsonWebToken(await scenario.LaunchAsync("teacher"));

        Assert.Equal(SecurityAlgorithms.HmacSha256, token.Alg);
        Assert.EndsWith(".session", token.Kid, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await OpenGradingAsync(token.EncodedToken));
    }

    [Fact]
    public async Task The_same_claims_signed_with_the_tools_rsa_key_are_refused()
    {
        var token = new JsonWebToken(await scenario.LaunchAsync("teacher"));
        using var scope = factory.Services.CreateScope();
        var rsa = await scope.ServiceProvider.GetRequiredService<ToolKeyStore>().GetSigningKeyAsync();

        var resigned = Resign(token, new SigningCredentials(rsa, SecurityAlgorithms.RsaSha256));

        Assert.Equal(HttpStatusCode.Unauthorized, await OpenGradingAsync(resigned));
    }

    [Fact]
    public async Task The_same_claims_signed_with_another_hmac_key_under_the_tools_kid_are_refused()
    {
        var token = new JsonWebToken(await scenario.LaunchAsync("teacher"));
        var guessed = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = token.Kid };

        var resigned = Resign(token, new SigningCredentials(guessed, SecurityAlgorithms.HmacSha256));

        Assert.Equal(HttpStatusCode.Unauthorized, await OpenGradingAsync(resigned));
    }

    private static string Resign(JsonWebToken token, SigningCredentials credentials) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(
            token.EncodedPayload is { } payload ? Base64UrlEncoder.Decode(payload) : "", credentials);

    private async Task<HttpStatusCode> OpenGradingAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/app/grading");
        request.Headers.Add("Cookie", $"{SessionTokenConstants.Cookie}={token}");
        using var response = await browser.SendAsync(request);
        return response.StatusCode;
    }
}
