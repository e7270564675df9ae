using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>
/// Issue 11, finding 5 (a new deployment crashes the tool): a configured platform's deployments follow its configuration
/// across restarts. Which deployments are accepted is read from what a login answers, as an LMS would see it.
/// </summary>
public sealed class ConfiguredDeploymentTests : IDisposable
{
    private const string Issuer = "https://moodle.school.example";
    private static readonly string[] Candidates = ["3", "4"];
    private readonly string folder = ToolFactory.NewFolder();

    [Fact]
    public async Task New_deployment_crash_a_restart_adds_keeps_and_removes_configured_deployments()
    {
        Assert.Equal(["3"], await AcceptedAfterStartAsync("3"));
        Assert.Equal(["3", "4"], await AcceptedAfterStartAsync("3", "4"));
        Assert.Equal(["3", "4"], await AcceptedAfterStartAsync("3", "4"));
        Assert.Equal(["4"], await AcceptedAfterStartAsync("4"));
        Assert.Equal(["3", "4"], await AcceptedAfterStartAsync("4", "3"));
    }

    [Fact]
    public async Task New_deployment_crash_a_removed_deployment_a_course_uses_keeps_the_course_but_launches_no_more()
    {
        using (var before = Start("3", "4"))
        {
            using var scope = before.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            var deployment = await db.PlatformDeployments.SingleAsync(d => d.DeploymentId == "3");
            db.Courses.Add(new Course { DeploymentId = deployment.Id, ContextId = "biology-7", Title = "Biology 7" });
            await db.SaveChangesAsync();
        }

        using var after = Start("4");

        Assert.Equal(["4"], await AcceptedAsync(after));
        using var scope2 = after.Services.CreateScope();
        var course = await scope2.ServiceProvider.GetRequiredService<PathwaysDbContext>().Courses
            .Include(c => c.Deployment).SingleAsync(c => c.ContextId == "biology-7");
        Assert.Equal("3", course.Deployment!.DeploymentId);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file a moment; the temp folder is cleaned by the OS.
        }
    }

    private async Task<string[]> AcceptedAfterStartAsync(params string[] deploymentIds)
    {
        using var factory = Start(deploymentIds);
        return await AcceptedAsync(factory);
    }

    private ToolFactory Start(params string[] deploymentIds)
    {
        var factory = ToolFactory.OnFolder(folder);
        factory.Settings["Lti:Platforms:0:Issuer"] = Issuer;
        factory.Settings["Lti:Platforms:0:ClientId"] = "moodle-client-7";
        factory.Settings["Lti:Platforms:0:AuthorizationEndpoint"] = Issuer + "/mod/lti/auth.php";
        factory.Settings["Lti:Platforms:0:TokenEndpoint"] = Issuer + "/mod/lti/token.php";
        factory.Settings["Lti:Platforms:0:JwksUri"] = Issuer + "/mod/lti/certs.php";
        for (var i = 0; i < deploymentIds.Length; i++)
        {
            factory.Settings[$"Lti:Platforms:0:DeploymentIds:{i}"] = deploymentIds[i];
        }

        return factory;
    }

    private static async Task<string[]> AcceptedAsync(ToolFactory factory)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var accepted = new List<string>();
        foreach (var deploymentId in Candidates)
        {
            using var response = await client.GetAsync(
                "/lti/login?iss=" + Uri.EscapeDataString(Issuer) + "&client_id=moodle-client-7&login_hint=42&lti_deployment_id=" + deploymentId
                + "&target_link_uri=" + Uri.EscapeDataString(LaunchDriver.ToolBase + "/lti/launch"));
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                accepted.Add(deploymentId);
            }
            else
            {
                await Refusal.AssertAsync(response, HttpStatusCode.Forbidden, "ask your LMS administrator to add its deployment id");
            }
        }

        return [.. accepted];
    }
}
