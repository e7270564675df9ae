using System.Net;
using LtiPathways.LtiTool.Lti.Registration;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Registration;

public sealed class DynamicRegistrationTests : IDisposable
{
    private const string Platform = "http://localhost/sandbox";
    private readonly ToolFactory factory = new();
    private readonly HttpClient client;

    public DynamicRegistrationTests() =>
        client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_registration_is_posted_stored_pending_with_its_deployment_and_closes_the_dialog()
    {
        using var response = await RegisterAsync(SandboxPlatformFlavor.Standard);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Registered(html), html);
        Assert.Contains("must approve it", html, StringComparison.Ordinal);
        Assert.Contains("/js/registration-close.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        var sent = factory.Services.GetRequiredService<SandboxToolRegistrations>().Received.Single();
        Assert.Equal("web", sent["application_type"]!.ToString());
        Assert.Equal("http://localhost/lti/login", sent["initiate_login_uri"]!.ToString());
        Assert.Equal("http://localhost/.well-known/jwks.json", sent["jwks_uri"]!.ToString());
        Assert.StartsWith("openid ", sent["scope"]!.ToString(), StringComparison.Ordinal);
        var tool = sent[SandboxDynamicRegistration.ToolConfiguration]!;
        Assert.Equal("localhost", tool["domain"]!.ToString());
        Assert.Contains("assignment_selection", tool["messages"]![1]!["placements"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(sent["https://canvas.instructure.com/lti/privacy_level"]);

        var stored = await StoredAsync();
        Assert.True(stored.PendingApproval);
        Assert.Equal(RegistrationSource.DynamicRegistration, stored.Source);
        Assert.Equal(Platform, stored.Issuer);
        Assert.Equal(Platform + "/token", stored.TokenEndpoint);
        Assert.Equal([SandboxRegistrationRules.DeploymentId], stored.Deployments.Select(d => d.DeploymentId));
        Assert.DoesNotContain("openid", stored.Scopes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launches_from_a_pending_registration_are_refused_until_an_administrator_approves()
    {
        using (await RegisterAsync(SandboxPlatformFlavor.Standard))
        {
        }

        var stored = await StoredAsync();
        using var refused = await client.GetAsync(LoginUrl(stored));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("waiting for an administrator", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var output = new StringWriter();
        Assert.Equal(0, await global::LtiPathways.LtiTool.Cli.ToolCommandLine.RunAsync(factory.Services,
            ["platforms", "approve", "--issuer", stored.Issuer, "--client-id", stored.ClientId], output));
        Assert.Contains("now enabled", output.ToString(), StringComparison.Ordinal);

        using var accepted = await client.GetAsync(LoginUrl(stored));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.StartsWith(Platform + "/authorize", accepted.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issuer_on_another_host_than_the_configuration_is_refused()
    {
        using var response = await RegisterAsync(SandboxPlatformFlavor.Mismatch);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);
        Assert.Empty(factory.Services.GetRequiredService<SandboxToolRegistrations>().Received);
        Assert.False(await AnyDynamicAsync());
    }

    [Fact]
    public async Task A_moodle_style_answer_is_read_leniently()
    {
        using var response = await RegisterAsync(SandboxPlatformFlavor.Moodle, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await StoredAsync();
        Assert.Equal("moodle", stored.ProductFamily);
        Assert.Equal([SandboxRegistrationRules.DeploymentId], stored.Deployments.Select(d => d.DeploymentId));
    }

    [Fact]
    public async Task Canvas_is_asked_without_openid_with_privacy_level_and_accepts_deployments_as_they_come()
    {
        using var response = await RegisterAsync(SandboxPlatformFlavor.Canvas);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = factory.Services.GetRequiredService<SandboxToolRegistrations>().Received.Single();
        Assert.DoesNotContain("openid", sent["scope"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("public", sent["https://canvas.instructure.com/lti/privacy_level"]!.ToString());
        var stored = await StoredAsync();
        Assert.Empty(stored.Deployments);
        Assert.True(stored.AutoRegisterDeployments);
    }

    [Fact]
    public async Task A_canvas_422_becomes_a_page_with_a_sentence_and_stores_nothing()
    {
        using var response = await RegisterAsync(SandboxPlatformFlavor.CanvasRefuses);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);
        Assert.False(await AnyDynamicAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?openid_configuration=ftp%3A%2F%2Flms.example.org%2Fconfig")]
    [InlineData("?openid_configuration=http%3A%2F%2Flocalhost%2Fsandbox%2Fno-such-configuration")]
    public async Task Missing_bad_or_unreachable_configurations_are_a_400_with_a_sentence(string query)
    {
        using var response = await client.GetAsync("http://localhost/lti/register" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("LtiPathways was not registered", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registration_token_the_platform_does_not_know_is_refused()
    {
        using var response = await RegisterAsync(SandboxPlatformFlavor.Standard, token: "forged");

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);
        Assert.False(await AnyDynamicAsync());
    }

    private Task<HttpResponseMessage> RegisterAsync(SandboxPlatformFlavor flavor, string? token = "issue")
    {
        var query = new Dictionary<string, string?> { ["openid_configuration"] = SandboxDynamicRegistration.ConfigurationUrl(Platform, flavor) };
        if (token is not null)
        {
            query["registration_token"] = token == "issue" ? factory.Services.GetRequiredService<SandboxToolRegistrations>().IssueToken() : token;
        }

        return client.GetAsync(QueryHelpers.AddQueryString("http://localhost/lti/register", query));
    }

    private static string LoginUrl(PlatformRegistration registration) => QueryHelpers.AddQueryString("http://localhost/lti/login", new Dictionary<string, string?>
    {
        ["iss"] = registration.Issuer,
        ["client_id"] = registration.ClientId,
        ["login_hint"] = "sandbox-teacher-1",
        ["target_link_uri"] = "http://localhost/lti/launch",
    });

    private static bool Registered(string html) => html.Contains("LtiPathways is registered", StringComparison.Ordinal);

    private async Task<PlatformRegistration> StoredAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.Include(r => r.Deployments)
            .AsNoTracking().SingleAsync(r => r.Source == RegistrationSource.DynamicRegistration);
    }

    private async Task<bool> AnyDynamicAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations
            .AnyAsync(r => r.Source == RegistrationSource.DynamicRegistration);
    }
}
