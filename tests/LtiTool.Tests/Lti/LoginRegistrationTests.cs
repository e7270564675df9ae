using System.Net;
using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>Checklist A.2: which registration a login belongs to, and registrations switched off.</summary>
public sealed class LoginRegistrationTests : ToolTest
{
    [Fact]
    public async Task A_login_without_client_id_resolves_the_issuers_only_registration()
    {
        var parameters = LaunchDriver.LoginParameters();
        parameters.Remove("client_id");

        var login = await Driver.LoginAsync(parameters);
        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);

        Assert.Equal(SandboxPlatform.ClientId, login.Query["client_id"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_login_without_client_id_is_refused_when_the_issuer_has_two_registrations()
    {
        await WithAsync<PlatformRegistry, PlatformRegistration>(registry => registry.UpsertAsync(new PlatformOptions
        {
            Issuer = SandboxPlatform.Issuer,
            ClientId = "ltipathways-sandbox-second",
            AuthorizationEndpoint = LaunchDriver.Addresses.AuthorizationEndpoint,
            TokenEndpoint = LaunchDriver.Addresses.TokenEndpoint,
            JwksUri = LaunchDriver.Addresses.JwksUri,
            DeploymentIds = [SandboxPlatform.DeploymentId],
        }, RegistrationSource.CommandLine));
        var parameters = LaunchDriver.LoginParameters();
        parameters.Remove("client_id");

        using var response = await Driver.StartLoginAsync(parameters);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "This LMS is not registered with LtiPathways");
    }

    [Fact]
    public async Task A_login_to_a_disabled_registration_is_forbidden()
    {
        Assert.True(await WithAsync<PlatformRegistry, bool>(registry =>
            registry.SetEnabledAsync(SandboxPlatform.Issuer, SandboxPlatform.ClientId, enabled: false)));

        using var response = await Driver.StartLoginAsync(LaunchDriver.LoginParameters());

        await Refusal.AssertAsync(response, HttpStatusCode.Forbidden, "switched off for this LMS");
    }
}
