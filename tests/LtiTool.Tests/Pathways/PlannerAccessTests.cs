using System.Net;
using LtiPathways.LtiTool.Sandbox;

namespace LtiPathways.LtiTool.Tests.Pathways;

public sealed class PlannerAccessTests : PlannerTest
{
    [Fact]
    public async Task A_mentor_reads_their_mentees_plan_and_not_another_students()
    {
        var (jordansPlan, _) = await StartPlanAsync(await LaunchAsync("student"));
        var (caseysPlan, _) = await StartPlanAsync(await LaunchCaseyAsync(), "cte-ilp");
        var mentor = await LaunchAsync("mentor");

        var (_, mentees) = await GetAsync("/app/pathways", mentor);
        var (own, plan) = await GetAsync($"/app/pathways/plans/{jordansPlan}", mentor);
        var (other, _) = await GetAsync($"/app/pathways/plans/{caseysPlan}", mentor);

        Assert.Contains($"/app/pathways/plans/{jordansPlan}", mentees, StringComparison.Ordinal);
        Assert.DoesNotContain(caseysPlan.ToString(), mentees, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Contains("as mentor, read only", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("/hours\"", plan, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other);
    }

    [Fact]
    public async Task A_plan_id_guessed_from_another_institution_is_not_found()
    {
        var (planId, _) = await StartPlanAsync(await LaunchAsync("student"));
        // The same person's sub at the platform's second deployment: another institution.
        var elsewhere = await LaunchDriver_HomeSessionAsync(SandboxPlatform.SecondDeploymentId);

        var (status, html) = await GetAsync($"/app/pathways/plans/{planId}", elsewhere);
        var (history, _) = await GetAsync($"/app/pathways/plans/{planId}/history", elsewhere);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("There is no such plan, or it is not yours to see.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, history);
    }

    [Fact]
    public async Task A_student_without_a_planner_course_role_gets_no_caseload()
    {
        var student = await LaunchAsync("student");

        var (status, html) = await GetAsync("/app/pathways/caseload", student);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("A caseload belongs to a course that places the pathway planner", html, StringComparison.Ordinal);
    }

    private async Task<string> LaunchDriver_HomeSessionAsync(string deploymentId)
    {
        var login = await Driver.LoginAsync("student", deploymentId: deploymentId);
        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);
        return await Infrastructure.LaunchDriver.SessionFromAsync(response);
    }
}
