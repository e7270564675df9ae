using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Hosting;

public sealed class ProductionTests : IDisposable
{
    private readonly ToolFactory factory = new() { Environment = "Production" };

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/sandbox")]
    [InlineData("/sandbox/authorize")]
    [InlineData("/sandbox/jwks")]
    public async Task The_sandbox_platform_does_not_exist_in_production(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_still_serves_the_tools_keys_and_health()
    {
        using var client = factory.CreateClient();

        using var jwks = await client.GetAsync("/.well-known/jwks.json");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
