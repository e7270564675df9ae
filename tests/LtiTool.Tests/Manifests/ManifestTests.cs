using System.Net;
using LtiPathways.LtiTool.Lti.Manifests;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Manifests;

public sealed class ManifestTests : IDisposable
{
    private const string CommittedBase = "https://pathways.example.org";
    private readonly ToolFactory factory = new();

    public void Dispose() => factory.Dispose();

    public static TheoryData<string> Platforms => ["canvas", "moodle", "schoology"];

    [Theory]
    [MemberData(nameof(Platforms))]
    public void The_committed_manifest_is_what_the_code_generates(string platform)
    {
        var manifest = ToolManifests.ByPlatform[platform];
        var committed = File.ReadAllText(Path.Combine(Repository.Root(), "manifests", manifest.FileName)).ReplaceLineEndings("\n");

        Assert.Equal(manifest.Render(new ToolProfile(new Uri(CommittedBase))), committed);
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task The_running_tool_serves_its_manifests_for_its_own_base_url(string platform)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync($"http://localhost/manifests/{ToolManifests.ByPlatform[platform].FileName}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http://localhost/lti/login", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CommittedBase, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_prints_a_manifest_for_the_base_url_given()
    {
        var output = new StringWriter();
        var status = await global::LtiPathways.LtiTool.Cli.ToolCommandLine.RunAsync(factory.Services, ["manifests", "canvas", "--base-url", CommittedBase], output);

        Assert.Equal(0, status);
        Assert.Equal(CanvasManifest.Render(new ToolProfile(new Uri(CommittedBase))), output.ToString());
    }

    [Fact]
    public void The_canvas_manifest_places_deep_linking_and_course_navigation()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(CanvasManifest.Render(new ToolProfile(new Uri(CommittedBase))))!;
        var extension = json["extensions"]![0]!;
        var placements = extension["settings"]!["placements"]!.AsArray()
            .ToDictionary(p => p!["placement"]!.ToString(), p => p!["message_type"]!.ToString());

        Assert.Equal("public", extension["privacy_level"]!.ToString());
        Assert.Equal("pathways.example.org", extension["domain"]!.ToString());
        Assert.Equal("LtiDeepLinkingRequest", placements["link_selection"]);
        Assert.Equal("LtiDeepLinkingRequest", placements["assignment_selection"]);
        Assert.Equal("LtiResourceLinkRequest", placements["course_navigation"]);
        Assert.Equal(CommittedBase + "/.well-known/jwks.json", json["public_jwk_url"]!.ToString());
    }
}
