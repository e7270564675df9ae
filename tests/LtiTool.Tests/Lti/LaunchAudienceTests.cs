using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>OIDC Core 3.1.3.7: aud holds our client id; with several audiences azp must name us.</summary>
public sealed class LaunchAudienceTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Fact]
    public async Task Several_audiences_without_azp_are_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["aud"] = new JsonArray(SandboxPlatform.ClientId, "another-audience");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "issued for a different tool");
    }

    [Fact]
    public async Task An_azp_that_is_not_the_client_id_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["aud"] = new JsonArray(SandboxPlatform.ClientId, "another-audience");
        claims["azp"] = "another-audience";

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "issued for a different tool");
    }

    [Fact]
    public async Task A_single_audience_with_a_foreign_azp_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["azp"] = "another-audience";

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "issued for a different tool");
    }
}
