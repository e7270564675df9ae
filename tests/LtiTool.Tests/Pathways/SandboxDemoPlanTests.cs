using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Pathways;

/// <summary>The sandbox's demo students (CP, CTE, combined) launch the planner as themselves and land on their own plan under way.</summary>
public sealed class SandboxDemoPlanTests : PlannerTest
{
    [Theory]
    [InlineData("roster-1", "Amara Abebe", "IB Career-related Programme · version")]
    [InlineData("roster-2", "Ben Abebe", "CTE Individualized Learning Plan · version")]
    [InlineData("roster-3", "Chloé Abebe", "IB Career-related Programme with CTE · version")]
    public async Task A_demo_student_launches_as_themselves_onto_their_own_plan(string person, string name, string template)
    {
        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SandboxPlannerLink>().EnsureAsync(LaunchDriver.Addresses, withDemoPlans: true, CancellationToken.None);
        }

        var (status, html) = await GetAsync("/app/pathways", await LaunchAsync(person));
        var page = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Pathway plan · your plan", page, StringComparison.Ordinal);
        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.Contains(template, page, StringComparison.Ordinal);
        Assert.Contains("Log hours", page, StringComparison.Ordinal);
    }
}
