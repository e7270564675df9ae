using System.Globalization;
using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.Benchmarks;

/// <summary>
/// The coordinator dashboard through the real endpoint over S students with started combined plans (25 requirements
/// each): the first page unfiltered and filtered by risk, p50/p95 page time and the SQL statements per page. Before it,
/// the advisor's caseload page of the same students, which reads the same stored summaries.
/// </summary>
public static class DashboardRun
{
    public static async Task RunAsync(int students, int requests, TextWriter output)
    {
        using var tool = await BenchmarkTool.StartAsync();
        using var driver = tool.NewDriver();
        var factory = tool.Factory;
        SandboxPlacement placement;
        using (var scope = factory.Services.CreateScope())
        {
            placement = await scope.ServiceProvider.GetRequiredService<SandboxPlannerLink>().EnsureAsync(LaunchDriver.Addresses, withDemoPlans: false, CancellationToken.None);
        }
        var login = await driver.LoginAsync("coordinator");
        using var launched = await driver.LaunchAsync(driver.Sign(driver.Claims(login, placement)), login.State);
        var coordinator = await LaunchDriver.SessionFromAsync(launched);
        await TwentyFiveRequirementsAsync(factory.Services);
        await CaseloadStudents.AddAsync(factory.Services, students);
        using var statements = new SqlStatementCount(factory.Folder);

        foreach (var query in new[] { "", "&risk=missing", "&risk=at-risk&template=ib-cp-cte&page=2" })
        {
            var timings = await RequestTimings.MeasureAsync(requests, statements, () => PageAsync(driver, coordinator, query));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dashboard over {students} students{(query.Length == 0 ? "" : $" ({query[1..]})")}, {requests} pages: {timings}"));
        }
    }

    /// <summary>The institution's own version of the combined template with its requirements repeated up to 25, as the evaluation benchmark does.</summary>
    private static async Task TwentyFiveRequirementsAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var course = await db.Courses.SingleAsync(c => c.ContextId == SandboxCourse.ContextId);
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.Id == course.DeploymentId);
        var shipped = ShippedTemplates.Combined;
        var template = shipped with
        {
            Version = shipped.Version + 1,
            Requirements = Enumerable.Range(0, 25)
                .Select(i => shipped.Requirements[i % shipped.Requirements.Count] is var r && i < shipped.Requirements.Count
                    ? r
                    : r with { Key = $"{r.Key}-{i}", Name = $"{r.Name} ({i})", FormerKeys = [], FormerNames = [] })
                .ToValueList(),
        };
        db.PlanTemplates.Add(new PlanTemplateVersion
        {
            RegistrationId = deployment.RegistrationId, DeploymentId = deployment.Id, Key = template.Key, Version = template.Version, Name = template.Name,
            Programme = template.Programme, TemplateJson = PlanTemplateJson.Write(template), SavedAt = DateTime.UtcNow.AddDays(-1),
        });
        await db.SaveChangesAsync();
    }

    private static async Task PageAsync(LaunchDriver driver, string session, string query)
    {
        using var response = await driver.Client.GetAsync($"{LaunchDriver.ToolBase}/app/dashboards?session={Uri.EscapeDataString(session)}{query}");
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains("data-testid=\"result-count\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The dashboard answered {(int)response.StatusCode}.");
        }
    }
}
