using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Admin;

/// <summary>
/// /admin/coordinators: an LMS administrator lists, adds and removes their institution's coordinators, who then read
/// every plan there; nobody else opens it, and nothing of another institution is seen or changed from it.
/// </summary>
public sealed class CoordinatorPageTests : PlannerTest
{
    private const string Path = "/admin/coordinators";
    private const string SystemAdministrator = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    private const string MentorSubject = "sandbox-mentor-1";

    [Fact]
    public async Task An_administrator_adds_a_coordinator_who_then_reads_every_plan_and_removes_them_again()
    {
        var (caseysPlan, _) = await StartPlanAsync(await LaunchCaseyAsync(), "cte-ilp");
        var admin = await LaunchAsync("teacher", AsAdministrator);
        var (before, _) = await GetAsync($"/app/pathways/plans/{caseysPlan}", await LaunchAsync("mentor"));

        var (status, page) = await GetAsync(Path, admin);
        var (added, addedPage) = await PostAsync(page, Path, [Field("person", MentorSubject)]);
        var (asCoordinator, caseysPage) = await GetAsync($"/app/pathways/plans/{caseysPlan}", await LaunchAsync("mentor"));
        var samId = await UserIdAsync(MentorSubject);
        var (removed, removedPage) = await PostAsync(addedPage, $"{Path}/{samId}/remove", []);
        var (after, _) = await GetAsync($"/app/pathways/plans/{caseysPlan}", await LaunchAsync("mentor"));

        Assert.Equal(HttpStatusCode.NotFound, before);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No coordinators yet.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, added);
        Assert.Contains("Sam Okafor (sandbox-mentor-1) is a coordinator now: they see every plan here.", addedPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"coordinators\"", addedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asCoordinator);
        Assert.Contains("Casey Moreau", caseysPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, removed);
        Assert.Contains("Sam Okafor (sandbox-mentor-1) is no longer a coordinator.", removedPage, StringComparison.Ordinal);
        Assert.Contains("No coordinators yet.", removedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, after);
    }

    [Fact]
    public async Task Adding_someone_twice_or_nobody_is_refused_with_a_sentence_and_the_list_keeps_one_entry()
    {
        await LaunchAsync("mentor");
        var admin = await LaunchAsync("teacher", AsAdministrator);
        var (_, page) = await GetAsync(Path, admin);
        await PostAsync(page, Path, [Field("person", "sam.okafor@example.org")]);

        var (twice, twiceSays) = await PostAsync(page, Path, [Field("person", MentorSubject)]);
        var (nobody, nobodySays) = await PostAsync(page, Path, [Field("person", "nobody-here")]);

        Assert.Equal(HttpStatusCode.Conflict, twice);
        Assert.Contains("Sam Okafor is a coordinator already.", twiceSays, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, nobody);
        Assert.Contains("There is no such person at this institution", nobodySays, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.PathwayCoordinators.CountAsync()));
    }

    [Fact]
    public async Task A_teacher_is_refused_with_a_page_and_changes_nothing()
    {
        await LaunchAsync("mentor");
        var teacher = await LaunchAsync("teacher");
        var (_, plannerPage) = await GetAsync("/app/pathways", teacher);

        using var shown = await Driver.Client.GetAsync($"{LaunchDriver.ToolBase}{Path}?session={Uri.EscapeDataString(teacher)}");
        var (added, addedSays) = await PostAsync(plannerPage, Path, [Field("person", MentorSubject)]);

        Assert.Equal(HttpStatusCode.Forbidden, shown.StatusCode);
        Assert.Equal("text/html", shown.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Only an LMS administrator, launching LtiPathways from the LMS, can manage the coordinators.", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, added);
        Assert.Contains("<html", addedSays, StringComparison.OrdinalIgnoreCase);
        Assert.False(await QueryAsync(db => db.PathwayCoordinators.AnyAsync()));
    }

    [Fact]
    public async Task An_administrator_of_another_institution_neither_sees_nor_removes_this_ones_coordinators()
    {
        var admin = await LaunchAsync("teacher", AsAdministrator);
        await LaunchAsync("mentor");
        var (_, page) = await GetAsync(Path, admin);
        await PostAsync(page, Path, [Field("person", MentorSubject)]);
        var elsewhere = await AdministratorAtAsync(SandboxPlatform.SecondDeploymentId);
        var samId = await UserIdAsync(MentorSubject);

        var (status, theirPage) = await GetAsync(Path, elsewhere);
        var (removed, removedSays) = await PostAsync(theirPage, $"{Path}/{samId}/remove", []);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No coordinators yet.", theirPage, StringComparison.Ordinal);
        Assert.DoesNotContain(MentorSubject, theirPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, removed);
        Assert.Contains("Sam Okafor is not a coordinator; nothing was changed.", removedSays, StringComparison.Ordinal);
        var kept = await QueryAsync(db => db.PathwayCoordinators.SingleAsync());
        var here = await QueryAsync(db => db.PlatformDeployments.SingleAsync(d => d.DeploymentId == SandboxPlatform.DeploymentId));
        Assert.Equal(here.Id, kept.DeploymentId);
    }

    private static void AsAdministrator(JsonObject claims) =>
        claims["https://purl.imsglobal.org/spec/lti/claim/roles"]!.AsArray().Add(SystemAdministrator);

    /// <summary>The sandbox teacher as an administrator at the platform's other deployment: another institution.</summary>
    private async Task<string> AdministratorAtAsync(string deploymentId)
    {
        var login = await Driver.LoginAsync("teacher", deploymentId: deploymentId);
        var claims = Driver.Claims(login);
        AsAdministrator(claims);
        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);
        return await LaunchDriver.SessionFromAsync(response);
    }
}
