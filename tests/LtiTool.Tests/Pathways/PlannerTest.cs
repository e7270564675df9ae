using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Pathways;

/// <summary>
/// The sandbox course with a "Pathway planner" link placed (no demo plans), and a browser that launches it as the
/// sandbox's people, reads the planner's pages and posts their forms with the page's session token.
/// </summary>
public abstract partial class PlannerTest : ToolTest
{
    public const string CaseySubject = "sandbox-student-2";

    public SandboxPlacement Placement { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Factory.Services.CreateScope();
        Placement = await scope.ServiceProvider.GetRequiredService<SandboxPlannerLink>().EnsureAsync(LaunchDriver.Addresses, withDemoPlans: false, CancellationToken.None);
    }

    /// <summary>Launches the planner link; returns the session from the redirect to the planner.</summary>
    public async Task<string> LaunchAsync(string person, Action<JsonObject>? change = null, string deploymentId = SandboxPlatform.DeploymentId)
    {
        var login = await Driver.LoginAsync(person, deploymentId: deploymentId);
        var claims = Driver.Claims(login, Placement);
        change?.Invoke(claims);
        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);
        return await LaunchDriver.SessionFromAsync(response);
    }

    /// <summary>A launch as one of the sandbox's people at the platform's second deployment: another institution.</summary>
    public async Task<string> ElsewhereAsync(string person = "coordinator")
    {
        var login = await Driver.LoginAsync(person, deploymentId: SandboxPlatform.SecondDeploymentId);
        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);
        return await LaunchDriver.SessionFromAsync(response);
    }

    /// <summary>Launches as Casey Moreau, a classmate who is nobody's mentee.</summary>
    public Task<string> LaunchCaseyAsync() => LaunchAsync("student", claims =>
    {
        (claims["sub"], claims["name"], claims["given_name"], claims["family_name"]) = (CaseySubject, "Casey Moreau", "Casey", "Moreau");
        claims["email"] = "casey.moreau@example.org";
    });

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path, string token)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var response = await Driver.Client.GetAsync($"{LaunchDriver.ToolBase}{path}{separator}session={Uri.EscapeDataString(token)}");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form of <paramref name="page"/>; a redirect (a save) is followed to the page it leads to.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await PageForm.PostAsync(Driver.Client, page, LaunchDriver.ToolBase + action, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        using var next = await Driver.Client.GetAsync(LaunchDriver.ToolBase + response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        return (HttpStatusCode.Redirect, await next.Content.ReadAsStringAsync());
    }

    /// <summary>The student's first launch: the programme choice, what the combined plan asks, then Start my plan.</summary>
    public async Task<(Guid PlanId, string Page)> StartPlanAsync(string token, string template = "ib-cp-cte")
    {
        var (status, choose) = await GetAsync("/app/pathways", token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"/app/pathways/start/{template}", choose, StringComparison.Ordinal);
        var (_, explain) = await GetAsync($"/app/pathways/start/{template}", token);
        Assert.Contains("What this plan asks of you", explain, StringComparison.Ordinal);
        var (started, plan) = await PostAsync(explain, "/app/pathways/plans", [KeyValuePair.Create("template", template)]);
        Assert.Equal(HttpStatusCode.Redirect, started);
        return (PlanId(plan), plan);
    }

    public static Guid PlanId(string html) => Guid.Parse(PlanAction().Match(html).Groups[1].Value);

    public static int BaseVersion(string html) => int.Parse(BaseVersionField().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The status a requirement shows on the plan page (its data-status).</summary>
    public static string StatusOf(string html, string requirementKey) =>
        Regex.Match(html, $"data-requirement=\"{requirementKey}\">\\s*<span class=\"status[^\"]*\" data-status=\"(\\w+)\"").Groups[1].Value;

    public static KeyValuePair<string, string> Field(string name, string value) => KeyValuePair.Create(name, value);

    /// <summary>The edit form's action of the first entry of a list on the plan page ("/app/pathways/plans/…/goals/…"); add "/remove" to remove it.</summary>
    public static string EntryAction(string html, string segment) =>
        Regex.Match(html, $"action=\"(/app/pathways/plans/[0-9a-f-]{{36}}/{segment}/[0-9a-f-]{{36}})\"").Groups[1].Value is { Length: > 0 } action
            ? action
            : throw new Xunit.Sdk.XunitException($"The page has no {segment} entry to edit.");

    /// <summary>The field prefix of an entry's edit form: "goals-3f2a…" (its fields are "goals-3f2a…-text").</summary>
    public static string Section(string list, string entryAction) => $"{list}-{Guid.Parse(entryAction[^36..]):N}";

    public Task<Guid> UserIdAsync(string subject) =>
        QueryAsync(db => db.Users.Where(u => u.Subject == subject).Select(u => u.Id).SingleAsync());

    /// <summary>A released rubric assessment of the student in the sandbox course, scored <paramref name="scoredOf20"/> out of 20.</summary>
    public Task<Guid> ReleasedAssessmentAsync(Guid studentId, decimal scoredOf20) => QueryAsync(async db =>
    {
        var teacher = await db.Users.Where(u => u.Subject == SandboxCourse.Find("teacher")!.Subject).Select(u => u.Id).SingleAsync();
        var course = await db.Courses.SingleAsync(c => c.ContextId == SandboxCourse.ContextId);
        var assignment = new Assignment { CourseId = course.Id, Kind = AssignmentKind.AssessedWork, Title = "Employability presentation", CreatedByUserId = teacher };
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.Id == course.DeploymentId);
        var rubric = new LibraryRubric { RegistrationId = deployment.RegistrationId, DeploymentId = deployment.Id, CourseId = course.Id, OwnerUserId = teacher, Title = "Employability" };
        var version = new RubricVersion(1, DateTimeOffset.UnixEpoch, RubricKind.Analytic, [new FreeFormCriterion("c1", "Communication", "", 20m)], []);
        rubric.Versions.Add(new LibraryRubricVersion
        {
            Number = 1, Json = RubricJson.Write(new Rubric(rubric.Id.ToString(), "Employability", teacher.ToString(), ShareScope.Course, null, [version])),
        });
        var assessment = new RubricAssessment
        {
            AssignmentId = assignment.Id, StudentUserId = studentId, MarkerUserId = teacher, RubricId = rubric.Id, RubricVersionNumber = 1,
            SelectionsJson = SelectionsJson.Write(new Selections([new PointsSelection("c1", scoredOf20)])), Status = AssessmentStatus.Released,
            ReleasedAt = Factory.Clock.GetUtcNow().UtcDateTime,
        };
        db.AddRange(assignment, rubric, assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    });

    [GeneratedRegex("action=\"/app/pathways/plans/([0-9a-f-]{36})/")]
    private static partial Regex PlanAction();

    [GeneratedRegex("name=\"base_version\" value=\"(\\d+)\"")]
    private static partial Regex BaseVersionField();
}
