using System.Net;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>Platforms listed in configuration (Lti__Platforms__0__Issuer and so on) are registered at start-up.</summary>
public sealed class ConfiguredPlatformTests : IDisposable
{
    private const string Issuer = "https://moodle.school.example";

    private readonly ToolFactory factory = new();

    public ConfiguredPlatformTests()
    {
        factory.Settings["Lti:Platforms:0:Issuer"] = Issuer;
        factory.Settings["Lti:Platforms:0:ClientId"] = "moodle-client-7";
        factory.Settings["Lti:Platforms:0:AuthorizationEndpoint"] = Issuer + "/mod/lti/auth.php";
        factory.Settings["Lti:Platforms:0:TokenEndpoint"] = Issuer + "/mod/lti/token.php";
        factory.Settings["Lti:Platforms:0:JwksUri"] = Issuer + "/mod/lti/certs.php";
        factory.Settings["Lti:Platforms:0:DeploymentIds:0"] = "3";
    }

    [Fact]
    public async Task A_platform_from_configuration_is_registered_at_start_up()
    {
        using var scope = factory.Services.CreateScope();
        var registration = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().FindAsync(Issuer, "moodle-client-7");

        Assert.NotNull(registration);
        Assert.Equal(RegistrationSource.Configuration, registration.Source);
        Assert.Equal(Issuer + "/mod/lti/auth.php", registration.AuthorizationEndpoint);
        Assert.Equal(Issuer + "/mod/lti/token.php", registration.TokenEndpoint);
        Assert.Equal(Issuer + "/mod/lti/certs.php", registration.JwksUri);
        Assert.Equal("3", Assert.Single(registration.Deployments).DeploymentId);
    }

    [Fact]
    public async Task A_platform_from_configuration_can_start_a_login()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(
            "/lti/login?iss=" + Uri.EscapeDataString(Issuer) + "&login_hint=42&lti_deployment_id=3"
            + "&target_link_uri=" + Uri.EscapeDataString(LaunchDriver.ToolBase + "/lti/launch"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Issuer + "/mod/lti/auth.php?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_platform_may_frame_the_tool()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors", policy, StringComparison.Ordinal);
        Assert.Contains(Issuer, policy, StringComparison.Ordinal);
        Assert.Contains("'self'", policy, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();
}
