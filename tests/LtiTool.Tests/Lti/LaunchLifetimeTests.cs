using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>exp, iat and the login's own lifetime, each allowed the configured 60 s of clock skew and no more.</summary>
public sealed class LaunchLifetimeTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    private long Now => Factory.Clock.GetUtcNow().ToUnixTimeSeconds();

    [Fact]
    public async Task A_token_expired_beyond_the_clock_skew_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["iat"] = Now - 120;
        claims["exp"] = Now - 61;

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "launch token has expired");
    }

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_accepted()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["iat"] = Now - 120;
        claims["exp"] = Now - 30;

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_exp_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims.Remove("exp");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "launch token has expired");
    }

    [Fact]
    public async Task A_token_issued_in_the_future_beyond_the_clock_skew_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["iat"] = Now + 120;
        claims["exp"] = Now + 600;

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "issued in the future");
    }

    [Fact]
    public async Task A_token_issued_too_long_ago_is_refused_even_if_it_has_not_expired()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["iat"] = Now - (long)TimeSpan.FromMinutes(12).TotalSeconds;
        claims["exp"] = Now + 600;

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "launch token is too old");
    }

    [Fact]
    public async Task A_launch_after_the_login_lifetime_is_refused()
    {
        var login = await Driver.LoginAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "took too long and has expired");
    }
}
