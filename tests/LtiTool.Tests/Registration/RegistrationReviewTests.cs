using System.Net;
using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Lti.Registration;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Registration;

/// <summary>
/// Issue 11, findings 1 and 2, as a second look found them: what a stranger's registration may not do before an operator
/// approves it (widen the tool's policy), may not do at all (re-register a platform an operator entered), and what an
/// unsigned login may not store (a deployment).
/// </summary>
public sealed class RegistrationReviewTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new() { RealRegistrationClient = true };
    private RegistrationPlatform lms = default!;
    private HttpClient client = default!;

    public async Task InitializeAsync()
    {
        lms = await RegistrationPlatform.StartAsync();
        client = factory.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync() => await lms.DisposeAsync();

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Registration_takeover_a_registration_waiting_for_approval_adds_nothing_to_the_content_security_policy()
    {
        using (var registered = await RegisterAsync())
        {
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        Assert.DoesNotContain(lms.BaseUrl, await SourcesAsync());
        Assert.Equal(0, await RunAsync("platforms", "approve", "--issuer", lms.Issuer, "--client-id", lms.ClientId));
        Assert.Contains(lms.BaseUrl, await SourcesAsync());
    }

    [Fact]
    public async Task Registration_takeover_a_platform_an_operator_entered_cannot_be_re_registered()
    {
        Assert.Equal(0, await RunAsync(
            "platforms", "add", "--issuer", lms.Issuer, "--client-id", lms.ClientId, "--name", "District Moodle",
            "--authorization-endpoint", lms.BaseUrl + "/lms/authorize", "--token-endpoint", lms.BaseUrl + "/lms/token",
            "--jwks-uri", lms.JwksUri, "--deployment-id", "lms-deployment-1"));
        var entered = lms.JwksUri;
        lms.JwksPath = "/lms/keys-of-a-stranger";

        using var response = await RegisterAsync();

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);
        var stored = await StoredAsync();
        Assert.Equal((entered, RegistrationSource.CommandLine, false), (stored.JwksUri, stored.Source, stored.PendingChange is not null));
    }

    [Fact]
    public async Task Registration_takeover_an_unsigned_login_stores_no_deployment_and_the_signed_launch_does()
    {
        lms.DeploymentId = null;
        using (await RegisterAsync())
        {
        }

        Assert.Equal(0, await RunAsync("platforms", "approve", "--issuer", lms.Issuer, "--client-id", lms.ClientId));
        Assert.True((await StoredAsync()).AutoRegisterDeployments);
        var query = new Dictionary<string, string?>
        {
            ["iss"] = lms.Issuer, ["client_id"] = lms.ClientId, ["login_hint"] = "someone", ["lti_deployment_id"] = "made-up-by-a-stranger",
            ["target_link_uri"] = "http://localhost/lti/launch",
        };

        using var login = await client.GetAsync(QueryHelpers.AddQueryString("http://localhost/lti/login", query));

        Assert.True(login.StatusCode is HttpStatusCode.Found or HttpStatusCode.OK, $"{login.StatusCode}");
        Assert.Empty((await StoredAsync()).Deployments);
        using var scope = factory.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<PlatformRegistry>();
        var registration = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations
            .SingleAsync(r => r.Issuer == lms.Issuer);
        Assert.NotNull(await registry.FindDeploymentAsync(registration, "first-course-install"));
        Assert.Null(await registry.FindDeploymentAsync(registration, new string('x', 256)));
        Assert.Equal(["first-course-install"], (await StoredAsync()).Deployments.Select(d => d.DeploymentId));
    }

    private Task<HttpResponseMessage> RegisterAsync() =>
        client.GetAsync(QueryHelpers.AddQueryString("http://localhost/lti/register", "openid_configuration", lms.ConfigurationUrl));

    private async Task<IReadOnlyCollection<string>> SourcesAsync()
    {
        var ancestors = factory.Services.GetRequiredService<FrameAncestors>();
        ancestors.Invalidate();
        return await ancestors.SourcesAsync(CancellationToken.None);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        return await ToolCommandLine.RunAsync(factory.Services, args, output);
    }

    private async Task<PlatformRegistration> StoredAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations
            .Include(r => r.Deployments).Include(r => r.PendingChange).AsNoTracking()
            .SingleAsync(r => r.Issuer == lms.Issuer && r.ClientId == lms.ClientId);
    }
}
