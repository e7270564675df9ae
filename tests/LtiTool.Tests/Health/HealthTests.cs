using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Health;

public sealed class HealthTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var response = await Driver.Client.GetAsync(LaunchDriver.ToolBase + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
