using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>The AGS scenario's assignment marked with the CTE employability rubric (5 criteria, safety × 2, 24 marks, 20 points).</summary>
public sealed class AssessmentHarness : IDisposable
{
    private AssessmentHarness(AgsScenario scenario) => Scenario = scenario;

    public AgsScenario Scenario { get; }

    public static async Task<AssessmentHarness> StartAsync(ToolFactory factory, Action<PathwaysDbContext>? configure = null)
    {
        var scenario = await AgsScenario.StartAsync(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var assignment = await db.Assignments.SingleAsync(a => a.Kind == AssignmentKind.AssessedWork);
        assignment.Rubric = "CTE employability skills";
        await db.SaveChangesAsync();
        return new AssessmentHarness(scenario);
    }

    public Task<string> TeacherAsync() => Scenario.LaunchAsync("teacher");

    public async Task<string> OpenAsync(string token, string query = "")
    {
        using var response = await Scenario.Browser.GetAsync($"/app/assessments?session={Uri.EscapeDataString(token)}{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> DraftAsync(string token, Guid student, Guid? baseVersion, object marks, string kind = "Teacher")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/app/assessments/draft")
        {
            Content = JsonContent.Create(new { student, kind, baseVersion, marks }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Scenario.Browser.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body);
    }

    /// <summary>Posts one of the marking page's forms to its action ("release/{id}", "release-all", "retry/{id}", "moderate/{id}") as session.js would.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string pageHtml, string action, IDictionary<string, string>? fields = null)
    {
        using var response = await PageForm.PostAsync(Scenario.Browser, pageHtml, "/app/assessments/" + action, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(HttpStatusCode Status, string Html)> ReleaseAsync(string token, Guid student) =>
        await PostAsync(await OpenAsync(token), $"release/{student}");

    /// <summary>3 + 4×2 + 3 + 2 + 4 = 20 of 24 marks, so 16.67 of the line item's 20 points.</summary>
    public static object GoodMarks(string overall = "Reliable and safe; keep talking to the team.") => new
    {
        overallComment = overall,
        items = new object[]
        {
            new { criterion = "punctuality", level = "punctuality-3" },
            new { criterion = "safety", level = "safety-4", comment = "Exemplary care with the lathe." },
            new { criterion = "teamwork", level = "teamwork-3" },
            new { criterion = "communication", level = "communication-2" },
            new { criterion = "initiative", level = "initiative-4" },
        },
    };

    public async Task<T> QueryAsync<T>(Func<PathwaysDbContext, Task<T>> query)
    {
        using var scope = Scenario.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwaysDbContext>());
    }

    public void Dispose() => Scenario.Dispose();
}
