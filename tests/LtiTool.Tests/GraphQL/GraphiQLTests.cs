using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>GraphiQL is served from the tool's own origin, in Development and for administrators only.</summary>
public sealed partial class GraphiQLTests : IClassFixture<ToolFixture>
{
    private readonly GraphQLHarness harness;

    public GraphiQLTests(ToolFixture fixture) => harness = fixture.Harness;

    [Fact]
    public async Task In_development_the_page_loads_only_the_tools_own_files()
    {
        using var response = await harness.Client.GetAsync("/graphql/ide");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sources = ScriptOrStyle().Matches(html).Select(m => m.Groups[1].Value).ToList();
        if (html.Contains("is not installed", StringComparison.Ordinal))
        {
            Assert.Contains("npm ci --prefix src/LtiTool/Features/GraphQL/GraphiQL", html, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(5, sources.Count);
        Assert.All(sources, source => Assert.StartsWith("/", source, StringComparison.Ordinal));
        foreach (var source in sources)
        {
            using var asset = await harness.Client.GetAsync(source);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }

        Assert.DoesNotContain("http", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_a_visitor_who_is_not_an_administrator_is_refused()
    {
        using var factory = new ToolFactory { Environment = "Production" };
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/graphql/ide");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("administrators", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+\\.(?:js|css))\"")]
    private static partial Regex ScriptOrStyle();
}
