using System.Net;
using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Cli;

/// <summary><c>platforms remove</c> keeps a registration that people have launched from: their work stays with it.</summary>
public sealed class PlatformInUseTests : ToolTest
{
    [Fact]
    public async Task A_platform_people_have_launched_from_is_kept()
    {
        using var launch = await Driver.LaunchAsAsync("student");
        Assert.Equal(HttpStatusCode.OK, launch.StatusCode);
        using var output = new StringWriter();

        var exit = await ToolCommandLine.RunAsync(
            Factory.Services, ["platforms", "remove", "--issuer", SandboxPlatform.Issuer, "--client-id", SandboxPlatform.ClientId], output);

        Assert.Equal(1, exit);
        Assert.Contains("so it was kept", output.ToString(), StringComparison.Ordinal);
        using var again = await Driver.LaunchAsAsync("student");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
