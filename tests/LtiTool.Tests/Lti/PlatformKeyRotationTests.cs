using System.Net;
using System.Security.Cryptography;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>
/// Issue 11, finding 7: a platform that rotates its key and launches at once is accepted after one JWKS fetch,
/// while launches with forged kids cost at most one fetch per refetch interval. Fetches are counted where the platform would see them.
/// </summary>
public sealed class PlatformKeyRotationTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly JwksRequestCounter jwks = new(LaunchDriver.Addresses.JwksUri);
    private readonly ToolFactory factory = new();
    private LaunchDriver driver = default!;

    public Task InitializeAsync()
    {
        factory.ExtraServices = services => services.AddHttpClient(PlatformKeyCache.HttpClientName).AddHttpMessageHandler(jwks.Handler);
        driver = new LaunchDriver(factory);
        return driver.RegisterSandboxAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        driver.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Platform_key_rotation_a_new_kid_right_after_a_fetch_is_accepted_and_forged_kids_refetch_at_most_once_per_interval()
    {
        await LaunchAsync(HttpStatusCode.OK);
        Assert.Equal(1, jwks.Count);

        factory.Platform.RotateKey();
        // Several launches with the new kid at once, as a class opening the activity together: they share one fetch.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => LaunchAsync(HttpStatusCode.OK)));
        Assert.Equal(2, jwks.Count);

        using var forger = RSA.Create(2048);
        for (var i = 0; i < 50; i++)
        {
            var forged = new RsaSecurityKey(forger) { KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(9)) };
            await LaunchAsync(HttpStatusCode.Unauthorized, forged);
        }

        Assert.Equal(2, jwks.Count);

        factory.Clock.Advance(Interval);
        for (var i = 0; i < 50; i++)
        {
            var forged = new RsaSecurityKey(forger) { KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(9)) };
            await LaunchAsync(HttpStatusCode.Unauthorized, forged);
        }

        Assert.Equal(3, jwks.Count);
        await LaunchAsync(HttpStatusCode.OK);
        Assert.Equal(3, jwks.Count);
    }

    private async Task LaunchAsync(HttpStatusCode expected, RsaSecurityKey? key = null)
    {
        var login = await driver.LoginAsync();
        using var response = await driver.LaunchAsync(factory.Platform.Sign(driver.Claims(login), key), login.State);
        Assert.Equal(expected, response.StatusCode);
    }
}
