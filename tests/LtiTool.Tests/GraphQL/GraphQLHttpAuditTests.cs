using System.Diagnostics;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Tests.Browser;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// The GraphQL-over-HTTP audit of the npm package graphql-http (its auditServer), run with Node against the tool on a
/// real loopback socket with an API token: every MUST and every SHOULD passes. scripts/test.sh installs Node and the
/// package (tests/graphql-audit) when missing.
/// </summary>
public sealed class GraphQLHttpAuditTests : IDisposable
{
    private static readonly string AuditFolder = Repository.File("tests/graphql-audit");
    private readonly KestrelToolFactory factory = new();
    private readonly GraphQLHarness harness;

    public GraphQLHttpAuditTests() => harness = new GraphQLHarness(factory);

    [Fact]
    public async Task Every_MUST_and_SHOULD_of_graphql_http_passes()
    {
        Assert.True(Directory.Exists(Path.Combine(AuditFolder, "node_modules", "graphql-http")),
            "graphql-http is not installed: run scripts/test.sh, or npm ci --prefix tests/graphql-audit (needs Node.js 20 or later).");
        var port = factory.Start();
        var token = await harness.ApiTokenAsync();

        var results = await AuditAsync($"http://127.0.0.1:{port}/graphql", token);

        Assert.Contains(results, r => r.Id == "22EB" && r.Status == "ok");
        var failed = results
            .Where(r => r.Name.StartsWith("MUST", StringComparison.Ordinal) || r.Name.StartsWith("SHOULD", StringComparison.Ordinal))
            .Where(r => r.Status != "ok")
            .Select(r => $"{r.Id} {r.Name}: {r.Reason}")
            .ToList();
        Assert.True(failed.Count == 0, "graphql-http audit failures:\n" + string.Join('\n', failed));
    }

    public void Dispose() => harness.Dispose();

    private static async Task<List<(string Id, string Name, string Status, string? Reason)>> AuditAsync(string url, string token)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = AuditFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "audit.mjs", url, token })
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = node.StandardOutput.ReadToEndAsync(deadline.Token);
        var errors = node.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await node.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(node.ExitCode == 0, $"The audit script failed: {await errors}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!)
            .Select(r => (r["id"]!.GetValue<string>(), r["name"]!.GetValue<string>(), r["status"]!.GetValue<string>(), r["reason"]?.GetValue<string>()))
            .ToList();
    }
}
