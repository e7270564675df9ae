using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Pathways;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Modules;

/// <summary>The planner harness with the demo school's modules added by its coordinator and the CTE template asking for the safety module.</summary>
public abstract class ModuleTest : PlannerTest
{
    public const string Safety = "/app/modules/workplace-safety";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LaunchAsync("coordinator");
        var coordinator = await QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Subject == SandboxCourse.Find("coordinator")!.Subject);
            var course = await db.Courses.SingleAsync(c => c.ContextId == SandboxCourse.ContextId);
            var deployment = await db.PlatformDeployments.SingleAsync(d => d.Id == course.DeploymentId);
            return new Viewer(user.Id, deployment.RegistrationId, deployment.Id, course.Id, null, CourseRole.Coordinator);
        });
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SandboxDemoModules>().AddAsync(coordinator, CancellationToken.None);
    }

    public static string Step(string id, string operation = "") => $"{Safety}/steps/{id}{(operation.Length > 0 ? "/" + operation : "")}";

    public static KeyValuePair<string, string> Answer(string question, string option) => Field($"answer-{question}", option);

    /// <summary>Every question of the first quiz answered right.</summary>
    public static KeyValuePair<string, string>[] RightHazardAnswers =>
        [Answer("hazard-or-risk", "a"), Answer("first-control", "b"), Answer("ppe-last", "a"), Answer("ppe-last", "b"), Answer("stop-work", "b")];
}
