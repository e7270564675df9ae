using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>LTI Core 3.1.3: the deployment_id must be one the registration knows, and the one the login named.</summary>
public sealed class DeploymentTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    private const string DeploymentClaim = "https://purl.imsglobal.org/spec/lti/claim/deployment_id";

    [Fact]
    public async Task A_launch_from_an_unregistered_deployment_is_forbidden()
    {
        var parameters = LaunchDriver.LoginParameters();
        parameters.Remove("lti_deployment_id");
        var login = await Driver.LoginAsync(parameters);
        var claims = Driver.Claims(login);
        claims[DeploymentClaim] = "deployment-nobody-registered";

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Forbidden, "ask your LMS administrator to add its deployment id");
    }

    [Fact]
    public async Task A_launch_whose_deployment_differs_from_the_logins_is_refused()
    {
        var login = await Driver.LoginAsync(deploymentId: SandboxPlatform.DeploymentId);
        var claims = Driver.Claims(login);
        claims[DeploymentClaim] = SandboxPlatform.SecondDeploymentId;

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "does not say which installation of LtiPathways it comes from");
    }

    [Fact]
    public async Task A_launch_without_a_deployment_id_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims.Remove(DeploymentClaim);

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "does not say which installation of LtiPathways it comes from");
    }

    [Fact]
    public async Task Two_deployments_of_one_registration_both_launch_into_separate_courses()
    {
        foreach (var deploymentId in new[] { SandboxPlatform.DeploymentId, SandboxPlatform.SecondDeploymentId })
        {
            var login = await Driver.LoginAsync(deploymentId: deploymentId);
            using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var courses = await QueryAsync(db => db.Courses
            .Where(c => c.ContextId == SandboxCourse.ContextId)
            .Select(c => c.Deployment!.DeploymentId)
            .ToListAsync());
        Assert.Equal([SandboxPlatform.DeploymentId, SandboxPlatform.SecondDeploymentId], courses.Order().ToList());
    }
}
