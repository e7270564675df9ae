using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.GraphQL;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Cli;

/// <summary><c>coordinators list|add|remove</c>: a person of the institution is added once, listed, and removed.</summary>
public sealed class CoordinatorCommandTests : IDisposable
{
    private readonly GraphQLHarness harness = new();

    [Fact]
    public async Task A_person_is_added_once_listed_and_removed_and_an_unknown_person_is_not_found()
    {
        await harness.Driver.RegisterSandboxAsync();
        using (var scope = harness.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            var registration = await db.PlatformRegistrations.SingleAsync(r => r.Issuer == SandboxPlatform.Issuer);
            db.Users.Add(new LtiUser { RegistrationId = registration.Id, Subject = "coord-1", Name = "Cora Ordinator", Email = "cora@school.test" });
            await db.SaveChangesAsync();
        }

        string[] at = ["--issuer", SandboxPlatform.Issuer, "--deployment-id", SandboxPlatform.DeploymentId];
        var (added, _) = await RunAsync(["coordinators", "add", .. at, "--person", "cora@school.test"]);
        var (again, againOutput) = await RunAsync(["coordinators", "add", .. at, "--person", "coord-1"]);
        var (_, listed) = await RunAsync(["coordinators", "list", .. at]);
        var (unknown, unknownOutput) = await RunAsync(["coordinators", "add", .. at, "--person", "nobody"]);
        var (removed, _) = await RunAsync(["coordinators", "remove", .. at, "--person", "coord-1"]);
        var (_, after) = await RunAsync(["coordinators", "list", .. at]);

        Assert.Equal((0, 2, 2, 0), (added, again, unknown, removed));
        Assert.Contains("already", againOutput, StringComparison.Ordinal);
        Assert.Single(listed.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("coord-1  \"Cora Ordinator\"", listed, StringComparison.Ordinal);
        Assert.Contains("no such person", unknownOutput, StringComparison.Ordinal);
        Assert.Equal("No coordinators.", after.Trim());
    }

    public void Dispose() => harness.Dispose();

    private async Task<(int Exit, string Output)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        var exit = await ToolCommandLine.RunAsync(harness.Factory.Services, args, output);
        return (exit, output.ToString());
    }
}
