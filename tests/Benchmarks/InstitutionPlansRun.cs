using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.Benchmarks;

/// <summary>
/// The coordinator's "students at risk with their plan status" through the GraphQL API, beside the same students' statuses
/// through the advisor's caseload page: students with started combined plans are seeded into the sandbox planner course,
/// a listed coordinator asks the API (first page of 100 and the total) and the course's teacher opens the caseload page.
/// </summary>
public static class InstitutionPlansRun
{
    public const string StudentsAtRisk = """
        { institution { students(first: 100, status: [AT_RISK, MISSING]) { totalCount pageInfo { hasNextPage endCursor }
            edges { node { student { name } overallStatus needsAttention plan { id versionNumber } } } } } }
        """;

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
        var teacher = await SessionAsync(driver, "teacher", placement);
        var coordinator = await SessionAsync(driver, "coordinator", placement);
        await ListAsCoordinatorAsync(factory.Services, "sandbox-coordinator-1");
        await CaseloadStudents.AddAsync(factory.Services, students);
        using var statements = new SqlStatementCount(factory.Folder);

        var api = await RequestTimings.MeasureAsync(requests, statements, () => StudentsAtRiskAsync(driver, coordinator));
        var atRisk = await StudentsAtRiskAsync(driver, coordinator);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GraphQL students at risk (first 100 of {atRisk}) among {students} students, {requests} requests: {api}"));
        var page = await RequestTimings.MeasureAsync(requests, statements, () => CaseloadRun.PageAsync(driver, teacher, students));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"caseload page of the same {students} students, {requests} pages: {page}"));
    }

    private static async Task<int> StudentsAtRiskAsync(LaunchDriver driver, string session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LaunchDriver.ToolBase + "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = StudentsAtRisk }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session);
        using var response = await driver.Client.SendAsync(request);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        if (response.StatusCode != HttpStatusCode.OK || answer?["errors"] is not null || answer?["data"]?["institution"]?["students"]?["totalCount"] is not { } total)
        {
            throw new InvalidOperationException($"The API answered {(int)response.StatusCode}: {answer}");
        }
        return total.GetValue<int>();
    }

    private static async Task<string> SessionAsync(LaunchDriver driver, string person, SandboxPlacement placement)
    {
        var login = await driver.LoginAsync(person);
        using var launched = await driver.LaunchAsync(driver.Sign(driver.Claims(login, placement)), login.State);
        return await LaunchDriver.SessionFromAsync(launched);
    }

    private static async Task ListAsCoordinatorAsync(IServiceProvider services, string subject)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.DeploymentId == SandboxPlatform.DeploymentId);
        await scope.ServiceProvider.GetRequiredService<Coordinators>().AddAsync(new Institution(deployment.RegistrationId, deployment.Id), subject, null);
    }
}
