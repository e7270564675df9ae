using System.Net;
using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.GraphQL;

namespace LtiPathways.LtiTool.Tests.Cli;

/// <summary><c>api-tokens create|list|revoke</c>: the token is printed once, listed without it, and refused once revoked.</summary>
public sealed class ApiTokenCommandTests : IDisposable
{
    private readonly GraphQLHarness harness = new();

    [Fact]
    public async Task A_created_token_is_the_last_line_works_is_listed_without_its_secret_and_stops_working_when_revoked()
    {
        await harness.Driver.RegisterSandboxAsync();

        var (created, createOutput) = await RunAsync("api-tokens", "create", "--issuer", SandboxPlatform.Issuer,
            "--deployment-id", SandboxPlatform.DeploymentId, "--name", "District SIS", "--scope", "read");
        var token = Lines(createOutput)[^1];
        var works = await harness.PostAsync(token, "{ viewer { tokenName tokenScope } }");
        var (_, listOutput) = await RunAsync("api-tokens", "list");
        var id = Lines(listOutput).Single().Split(' ')[0];
        var (revoked, revokeOutput) = await RunAsync("api-tokens", "revoke", id);
        var refused = await harness.PostAsync(token, "{ viewer { tokenName } }");
        var (_, afterOutput) = await RunAsync("api-tokens", "list");

        Assert.Equal((0, 0), (created, revoked));
        Assert.StartsWith("ltp_", token, StringComparison.Ordinal);
        Assert.Equal("District SIS", works.Data!["viewer"]!["tokenName"]!.GetValue<string>());
        Assert.Equal("READ", works.Data!["viewer"]!["tokenScope"]!.GetValue<string>());
        Assert.DoesNotContain(token, listOutput, StringComparison.Ordinal);
        Assert.Contains("\"District SIS\"  read", listOutput, StringComparison.Ordinal);
        Assert.Contains("is revoked", revokeOutput, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("REVOKED", afterOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("last used never", afterOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registration_with_two_deployments_needs_one_named()
    {
        await harness.Driver.RegisterSandboxAsync();

        var (exit, output) = await RunAsync("api-tokens", "create", "--issuer", SandboxPlatform.Issuer, "--name", "SIS", "--scope", "write");

        Assert.Equal(2, exit);
        Assert.Contains("--deployment-id", output, StringComparison.Ordinal);
        Assert.Contains(SandboxPlatform.SecondDeploymentId, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://unknown.example", "read", "No platform is registered")]
    [InlineData(SandboxPlatform.Issuer, "admin", "")]
    public async Task A_wrong_issuer_or_scope_creates_nothing(string issuer, string scope, string words)
    {
        await harness.Driver.RegisterSandboxAsync();

        var (exit, output) = await RunAsync("api-tokens", "create", "--issuer", issuer, "--deployment-id", SandboxPlatform.DeploymentId,
            "--name", "SIS", "--scope", scope);
        var (_, list) = await RunAsync("api-tokens", "list");

        Assert.NotEqual(0, exit);
        Assert.Contains(words, output, StringComparison.Ordinal);
        Assert.Equal("No API tokens.", list.Trim());
    }

    [Fact]
    public async Task Revoking_an_unknown_id_says_so()
    {
        var (exit, output) = await RunAsync("api-tokens", "revoke", Guid.NewGuid().ToString());

        Assert.Equal(2, exit);
        Assert.Contains("No API token has the id", output, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    private static List<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await ToolCommandLine.RunAsync(harness.Factory.Services, args, output);
        return (exit, output.ToString());
    }
}
