using System.Net;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>Checklist A.5: a platform that rotates its key keeps launching after one rate-limited JWKS refetch.</summary>
public sealed class KeyRotationTests : ToolTest
{
    private PlatformKeyCache Keys => Factory.Services.GetRequiredService<PlatformKeyCache>();

    private int Fetches => Keys.FetchCount(LaunchDriver.Addresses.JwksUri);

    [Fact]
    public async Task A_launch_signed_with_a_rotated_key_succeeds_after_one_refetch()
    {
        await LaunchAsync(HttpStatusCode.OK);
        Assert.Equal(1, Fetches);

        Factory.Platform.RotateKey();
        await LaunchAsync(HttpStatusCode.OK);

        Assert.Equal(2, Fetches);
    }

    [Fact]
    public async Task Launches_with_a_known_key_do_not_refetch()
    {
        await LaunchAsync(HttpStatusCode.OK);
        await LaunchAsync(HttpStatusCode.OK);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await LaunchAsync(HttpStatusCode.OK);

        Assert.Equal(1, Fetches);
    }

    [Fact]
    public async Task A_second_unknown_kid_within_the_refetch_interval_does_not_refetch_but_after_it_does()
    {
        await LaunchAsync(HttpStatusCode.OK);
        Factory.Clock.Advance(TimeSpan.FromSeconds(6));
        Factory.Platform.RotateKey();
        await LaunchAsync(HttpStatusCode.OK);
        Assert.Equal(2, Fetches);

        Factory.Platform.RotateKey();
        Factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var refused = await LaunchAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("signature could not be verified", refused, StringComparison.Ordinal);
        Assert.Equal(2, Fetches);

        Factory.Clock.Advance(TimeSpan.FromSeconds(6));
        await LaunchAsync(HttpStatusCode.OK);
        Assert.Equal(3, Fetches);
    }

    private async Task<string> LaunchAsync(HttpStatusCode expected)
    {
        var login = await Driver.LoginAsync();
        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, response.StatusCode);
        return body;
    }
}
