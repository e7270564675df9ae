using System.Net;
using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Lti.Registration;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LtiPathways.LtiTool.Tests.Registration;

/// <summary>
/// Issue 11, finding 1 (registration takeover): dynamic registration never changes an approved registration's keys or
/// endpoints. A configuration from elsewhere is refused; the platform's own re-registration waits for an operator.
/// </summary>
public sealed class RegistrationTakeoverTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new() { RealRegistrationClient = true };
    private RegistrationPlatform lms = default!;
    private HttpClient client = default!;

    public async Task InitializeAsync()
    {
        factory.ExtraServices = services => services.AddLogging(logging => logging.AddFakeLogging());
        lms = await RegistrationPlatform.StartAsync();
        client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var registered = await RegisterAsync(lms.ConfigurationUrl);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(0, (await RunAsync("platforms", "approve", "--issuer", lms.Issuer, "--client-id", lms.ClientId)).Exit);
    }

    public async Task DisposeAsync() => await lms.DisposeAsync();

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Registration_takeover_a_configuration_from_another_port_of_the_issuers_host_changes_nothing()
    {
        await using var attacker = await RegistrationPlatform.StartAsync();
        attacker.Issuer = lms.Issuer;
        attacker.ClientId = lms.ClientId;

        using var response = await RegisterAsync(attacker.ConfigurationUrl);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, RegistrationOutcome.RefusalSentence);
        Assert.False(attacker.Hits.ContainsKey("/lms/register"));
        var stored = await StoredAsync();
        Assert.Equal((lms.JwksUri, lms.BaseUrl + "/lms/token", true, false), (stored.JwksUri, stored.TokenEndpoint, stored.Enabled, stored.PendingApproval));
        Assert.Equal(["lms-deployment-1"], stored.Deployments.Select(d => d.DeploymentId));
    }

    [Fact]
    public async Task Registration_takeover_a_re_registration_with_new_keys_waits_for_the_command_line_and_is_logged()
    {
        var oldJwks = lms.JwksUri;
        lms.JwksPath = "/lms/keys-rotated";
        lms.DeploymentId = "lms-deployment-2";

        using var again = await RegisterAsync(lms.ConfigurationUrl);
        var page = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("administrator must approve", page, StringComparison.Ordinal);
        var waiting = await StoredAsync();
        Assert.Equal(oldJwks, waiting.JwksUri);
        Assert.Equal(["lms-deployment-1"], waiting.Deployments.Select(d => d.DeploymentId));
        var (_, listed) = await RunAsync("platforms", "list");
        Assert.Contains("change waiting for approval", listed, StringComparison.Ordinal);
        Assert.Contains(lms.JwksUri, listed, StringComparison.Ordinal);

        var (approved, approveOutput) = await RunAsync("platforms", "approve-change", "--issuer", lms.Issuer, "--client-id", lms.ClientId);

        Assert.Equal(0, approved);
        Assert.Contains("change is applied", approveOutput, StringComparison.Ordinal);
        var changed = await StoredAsync();
        Assert.Equal(lms.JwksUri, changed.JwksUri);
        Assert.Equal(["lms-deployment-1", "lms-deployment-2"], changed.Deployments.Select(d => d.DeploymentId).Order());
        var log = Assert.Single(Logs(), r => r.Message.Contains(oldJwks, StringComparison.Ordinal) && r.Message.Contains(lms.JwksUri, StringComparison.Ordinal));
        Assert.Contains("command line", log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_takeover_a_rejected_change_leaves_the_registration_as_it_was()
    {
        var oldJwks = lms.JwksUri;
        lms.JwksPath = "/lms/jwks-of-someone-else";
        using (await RegisterAsync(lms.ConfigurationUrl))
        {
        }

        var (rejected, output) = await RunAsync("platforms", "reject-change", "--issuer", lms.Issuer, "--client-id", lms.ClientId);
        var (noChange, _) = await RunAsync("platforms", "approve-change", "--issuer", lms.Issuer, "--client-id", lms.ClientId);

        Assert.Equal((0, 1), (rejected, noChange));
        Assert.Contains("change is rejected", output, StringComparison.Ordinal);
        Assert.Equal(oldJwks, (await StoredAsync()).JwksUri);
    }

    [Fact]
    public async Task New_deployment_crash_an_identical_re_registration_keeps_the_registration_and_its_deployment()
    {
        using var again = await RegisterAsync(lms.ConfigurationUrl);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already registered", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stored = await StoredAsync();
        Assert.Equal(["lms-deployment-1"], stored.Deployments.Select(d => d.DeploymentId));
        Assert.DoesNotContain("change waiting for approval", (await RunAsync("platforms", "list")).Output, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> RegisterAsync(string configurationUrl) =>
        client.GetAsync(QueryHelpers.AddQueryString("http://localhost/lti/register", "openid_configuration", configurationUrl));

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await ToolCommandLine.RunAsync(factory.Services, args, output);
        return (exit, output.ToString());
    }

    private async Task<PlatformRegistration> StoredAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.Include(r => r.Deployments)
            .AsNoTracking().SingleAsync(r => r.Issuer == lms.Issuer && r.ClientId == lms.ClientId);
    }

    private IReadOnlyList<FakeLogRecord> Logs() => factory.Services.GetFakeLogCollector().GetSnapshot();
}
