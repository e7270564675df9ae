using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Grading;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>
/// An assessed assignment placed in the sandbox course, launched by the teacher and the student, and a browser on https
/// that opens the assignment page and posts its form.
/// </summary>
public sealed class AgsScenario : IDisposable
{
    private AgsScenario(ToolFactory factory, LaunchDriver driver, HttpClient browser, SandboxPlacement placement)
    {
        Factory = factory;
        Driver = driver;
        Browser = browser;
        Placement = placement;
    }

    public ToolFactory Factory { get; }
    public LaunchDriver Driver { get; }
    public HttpClient Browser { get; }
    public SandboxPlacement Placement { get; }
    public SandboxGradebook Gradebook => Factory.Services.GetRequiredService<SandboxGradebook>();
    public SandboxFaults Faults => Factory.Services.GetRequiredService<SandboxFaults>();
    public SandboxServiceLog Log => Factory.Services.GetRequiredService<SandboxServiceLog>();
    public ScoreDeliveryWorker Worker => Factory.Services.GetRequiredService<ScoreDeliveryWorker>();
    public string StudentSubject => SandboxCourse.Find("student")!.Subject;

    public static async Task<AgsScenario> StartAsync(ToolFactory factory, bool launchStudent = true)
    {
        var driver = new LaunchDriver(factory);
        await driver.RegisterSandboxAsync();
        SandboxPlacement placement;
        using (var scope = factory.Services.CreateScope())
        {
            placement = await scope.ServiceProvider.GetRequiredService<SandboxDemoAssignment>()
                .PlaceAsync(LaunchDriver.Addresses, "Service learning reflection", 20m, CancellationToken.None);
        }

        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
        var scenario = new AgsScenario(factory, driver, browser, placement);
        if (launchStudent)
        {
            await scenario.LaunchAsync("student");
        }

        return scenario;
    }

    /// <summary>The same placement seen through another tool instance on the same database (nothing is registered or placed again).</summary>
    public static AgsScenario Attach(ToolFactory factory, SandboxPlacement placement) =>
        new(factory, new LaunchDriver(factory), factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }), placement);

    /// <summary>Launches the placed link; returns the session token from the redirect to the assignment page.</summary>
    public async Task<string> LaunchAsync(string person, Action<JsonObject>? change = null)
    {
        var login = await Driver.LoginAsync(person);
        var claims = Driver.Claims(login, Placement);
        change?.Invoke(claims);
        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Launch answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await LaunchDriver.SessionFromAsync(response);
    }

    public async Task<string> OpenAsync(string token)
    {
        using var response = await Browser.GetAsync("/app/grading?session=" + Uri.EscapeDataString(token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts the assignment form to one of its actions ("release/{id}", "release-all", "retry/{id}") as a browser would: the fields given and the session token session.js adds.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string pageHtml, string action, IDictionary<string, string> fields)
    {
        using var response = await PageForm.PostAsync(Browser, pageHtml, "/app/grading/" + action, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(HttpStatusCode Status, string Html)> ReleaseAsync(Guid studentId, string points, string comment = "")
    {
        var page = await OpenAsync(await LaunchAsync("teacher"));
        return await PostAsync(page, $"release/{studentId}", new Dictionary<string, string>
        {
            ["points-" + studentId] = points, ["comment-" + studentId] = comment,
        });
    }

    public async Task<Guid> UserIdAsync(string subject)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().Users
            .Where(u => u.Subject == subject).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The viewer a launch of the sandbox assignment establishes for one of the course's people.</summary>
    public async Task<Viewer> ViewerAsync(string person)
    {
        await LaunchAsync(person);
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var subject = SandboxCourse.Find(person)!.Subject;
        var membership = await db.Memberships.Include(m => m.User).Include(m => m.Course)
            .SingleAsync(m => m.User!.Subject == subject);
        var link = await db.ResourceLinks.SingleAsync(l => l.CourseId == membership.CourseId && l.AssignmentId != null);
        return new Viewer(membership.UserId, membership.User!.RegistrationId, membership.Course!.DeploymentId, membership.CourseId, link.Id, membership.Role);
    }

    public async Task<List<ScoreOutboxEntry>> OutboxAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().ScoreOutbox.AsNoTracking()
            .OrderBy(e => e.Timestamp).ToListAsync();
    }

    public int ScorePosts => Log.Calls.Count(c => c.Method == "POST" && c.PathAndQuery.Contains("/scores", StringComparison.Ordinal));

    public void Dispose()
    {
        Browser.Dispose();
        Driver.Dispose();
    }
}
