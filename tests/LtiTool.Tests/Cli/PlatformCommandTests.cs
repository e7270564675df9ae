using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Cli;

/// <summary><c>platforms add|list|remove</c> against the tool's real database.</summary>
public sealed class PlatformCommandTests : IDisposable
{
    private const string Issuer = "https://canvas.instructure.com";

    private static readonly string[] Add =
    [
        "platforms", "add", "--issuer", Issuer, "--client-id", "1000",
        "--authorization-endpoint", "https://sso.canvaslms.com/api/lti/authorize_redirect",
        "--token-endpoint", "https://sso.canvaslms.com/login/oauth2/token",
        "--jwks-uri", "https://sso.canvaslms.com/api/lti/security/jwks",
        "--deployment-id", "1:abc",
    ];

    private readonly ToolFactory factory = new();

    [Fact]
    public async Task A_platform_added_on_the_command_line_is_listed_and_can_be_removed()
    {
        var (added, addOutput) = await RunAsync(Add);
        var (listed, listOutput) = await RunAsync("platforms", "list");
        var (removed, removeOutput) = await RunAsync("platforms", "remove", "--issuer", Issuer, "--client-id", "1000");
        var (_, emptyOutput) = await RunAsync("platforms", "list");

        Assert.Equal((0, 0, 0), (added, listed, removed));
        Assert.Contains("Registered https://canvas.instructure.com (1000) with 1 deployment(s).", addOutput, StringComparison.Ordinal);
        Assert.Contains("https://canvas.instructure.com  client_id=1000  enabled  source=CommandLine  deployments=[1:abc]", listOutput, StringComparison.Ordinal);
        Assert.Contains("jwks=https://sso.canvaslms.com/api/lti/security/jwks", listOutput, StringComparison.Ordinal);
        Assert.Contains("Removed.", removeOutput, StringComparison.Ordinal);
        Assert.Contains("No platforms are registered.", emptyOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_added_on_the_command_line_can_log_in()
    {
        await RunAsync(Add);

        using var scope = factory.Services.CreateScope();
        var registration = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().FindAsync(Issuer, clientId: null);
        Assert.NotNull(registration);
        Assert.Equal(RegistrationSource.CommandLine, registration.Source);
        Assert.Equal("1:abc", Assert.Single(registration.Deployments).DeploymentId);
    }

    [Fact]
    public async Task Removing_an_unknown_platform_fails()
    {
        var (exit, output) = await RunAsync("platforms", "remove", "--issuer", Issuer, "--client-id", "1000");

        Assert.Equal(1, exit);
        Assert.Contains("No registration has that issuer and client id.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_url_off_loopback_is_refused_with_exit_code_2()
    {
        var args = Add.ToArray();
        args[Array.IndexOf(args, "--jwks-uri") + 1] = "http://sso.canvaslms.com/api/lti/security/jwks";

        var (exit, output) = await RunAsync(args);
        var (_, list) = await RunAsync("platforms", "list");

        Assert.Equal(2, exit);
        Assert.Contains("'http://sso.canvaslms.com/api/lti/security/jwks' is not an absolute https URL", output, StringComparison.Ordinal);
        Assert.Contains("No platforms are registered.", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_deployment_crash_the_command_line_adds_keeps_and_removes_deployments()
    {
        await RunAsync(Add);
        var (added, addOutput) = await RunAsync([.. Add, "--deployment-id", "2:def"]);
        var (kept, keptOutput) = await RunAsync(Add);
        var (removed, removeOutput) = await RunAsync(
            "platforms", "remove-deployment", "--issuer", Issuer, "--client-id", "1000", "--deployment-id", "1:abc");
        var (missing, missingOutput) = await RunAsync(
            "platforms", "remove-deployment", "--issuer", Issuer, "--client-id", "1000", "--deployment-id", "9:none");
        var (_, listOutput) = await RunAsync("platforms", "list");

        Assert.Equal((0, 0, 0, 1), (added, kept, removed, missing));
        Assert.Contains("with 2 deployment(s)", addOutput, StringComparison.Ordinal);
        Assert.Contains("with 2 deployment(s)", keptOutput, StringComparison.Ordinal);
        Assert.Contains("Deployment 1:abc removed.", removeOutput, StringComparison.Ordinal);
        Assert.Contains("has no deployment 9:none", missingOutput, StringComparison.Ordinal);
        Assert.Contains("deployments=[2:def]", listOutput, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await ToolCommandLine.RunAsync(factory.Services, args, output);
        return (exit, output.ToString());
    }
}
