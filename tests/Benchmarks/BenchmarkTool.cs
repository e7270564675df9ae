using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.Benchmarks;

/// <summary>
/// The tool in process as the launch tests boot it (Development, an SQLite file unless the environment names PostgreSQL,
/// sandbox JWKS answered by the TestServer), registered with the sandbox and warmed up, so the first measured launch is not
/// the one that compiles and migrates.
/// </summary>
public sealed class BenchmarkTool : IDisposable
{
    private readonly ToolFactory factory;

    private BenchmarkTool()
    {
        // WebApplicationFactory finds the tool's content root through MvcTestingAppManifest.json in the current
        // directory, and dotnet run --project starts in the caller's.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        factory = new ToolFactory();
        // A console line per accepted launch would measure the terminal, not the tool.
        factory.Settings["Logging:LogLevel:Default"] = "Warning";

        // Database__Provider=PostgreSQL with ConnectionStrings__Default=… measures on PostgreSQL instead of the SQLite file.
        foreach (var key in new[] { "Database:Provider", "ConnectionStrings:Default" })
        {
            if (Environment.GetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal)) is { Length: > 0 } value)
            {
                factory.Settings[key] = value;
            }
        }
    }

    public static async Task<BenchmarkTool> StartAsync()
    {
        var tool = new BenchmarkTool();
        using var driver = tool.NewDriver();
        await driver.RegisterSandboxAsync();
        for (var i = 0; i < 20; i++)
        {
            await LaunchAsync(driver, i % 2 == 0 ? "teacher" : "student");
        }

        return tool;
    }

    /// <summary>A browser of its own: an HTTP client with its own cookies.</summary>
    public LaunchDriver NewDriver() => new(factory);

    /// <summary>One complete launch: login initiation, a sandbox-signed id_token, the launch post and the rendered page.</summary>
    public static async Task LaunchAsync(LaunchDriver driver, string person)
    {
        using var response = await driver.LaunchAsAsync(person);
        var page = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !page.Contains("data-testid=\"view\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Launch as {person} answered {(int)response.StatusCode}: {page}");
        }
    }

    /// <summary>The tool's services and database folder, for benchmarks that seed data or count statements.</summary>
    public ToolFactory Factory => factory;

    public void Dispose() => factory.Dispose();
}
