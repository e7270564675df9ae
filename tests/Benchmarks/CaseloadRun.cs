using System.Globalization;
using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.Benchmarks;

/// <summary>
/// The advisor's caseload page through the real endpoint: students with started combined plans are seeded into the
/// sandbox planner course, then the teacher's page is requested again and again; p50/p95 page time and the SQL statements
/// one page sends, first at a small course size and then at the full one.
/// </summary>
public static class CaseloadRun
{
    public static async Task RunAsync(int students, int requests, TextWriter output)
    {
        using var tool = await BenchmarkTool.StartAsync();
        using var driver = tool.NewDriver();
        ToolFactory factory = tool.Factory;
        SandboxPlacement placement;
        using (var scope = factory.Services.CreateScope())
        {
            placement = await scope.ServiceProvider.GetRequiredService<SandboxPlannerLink>().EnsureAsync(LaunchDriver.Addresses, withDemoPlans: false, CancellationToken.None);
        }
        var login = await driver.LoginAsync("teacher");
        using var launched = await driver.LaunchAsync(driver.Sign(driver.Claims(login, placement)), login.State);
        var session = await LaunchDriver.SessionFromAsync(launched);
        using var statements = new SqlStatementCount(factory.Folder);

        var seeded = 0;
        foreach (var size in new[] { Math.Min(50, students), students }.Distinct())
        {
            await CaseloadStudents.AddAsync(factory.Services, size - seeded);
            seeded = size;
            await MeasureAsync(driver, session, statements, size, requests, output);
        }
    }

    private static async Task MeasureAsync(LaunchDriver driver, string session, SqlStatementCount statements, int students, int requests, TextWriter output)
    {
        var timings = await RequestTimings.MeasureAsync(requests, statements, () => PageAsync(driver, session, students));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"caseload of {students} students, {requests} pages: {timings}"));
    }

    /// <summary>The teacher's caseload page; it must list every student.</summary>
    public static async Task PageAsync(LaunchDriver driver, string session, int students)
    {
        using var response = await driver.Client.GetAsync($"{LaunchDriver.ToolBase}/app/pathways/caseload?session={Uri.EscapeDataString(session)}");
        var html = await response.Content.ReadAsStringAsync();
        var rows = (html.Length - html.Replace("<tr data-student=", "", StringComparison.Ordinal).Length) / "<tr data-student=".Length;
        if (response.StatusCode != HttpStatusCode.OK || rows < students)
        {
            throw new InvalidOperationException($"The caseload answered {(int)response.StatusCode} with {rows} rows for {students} students.");
        }
    }
}
