using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Modules;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// Self-paced modules through the API: everyone of the institution reads the modules, only their keepers and API tokens a
/// quiz's answers; a plan shows the student's progress and certifications; coordinators and API tokens find certifications
/// about to expire; the other institution finds none of it, not even by a module's id.
/// </summary>
public sealed class ModuleQueryTests : ModuleTest
{
    private const string Modules = """
        { institution { modules(first: 5) { totalCount edges { node { id key title
            steps(first: 5) { edges { node { id kind title passPercentage questions { prompt options { text correct } explanation } } } } } } } } }
        """;

    private const string Progress = """
        query($id: ID!) { plan(id: $id) { modules { edges { node { key title done total nextStep completedOn } } }
          certifications { edges { node { name issuer earnedOn expiresOn } } } } }
        """;

    private const string Expiring = """
        { institution { expiringCertifications(withinDays: 90) { totalCount edges { node { studentName daysLeft window sentence certification { name issuer } } } } } }
        """;

    [Fact]
    public async Task Everyone_reads_the_modules_but_only_keepers_and_api_tokens_read_a_quizs_answers()
    {
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        foreach (var (caller, answers) in new[] { (await LaunchAsync("student"), false), (await LaunchAsync("teacher"), false), (await LaunchAsync("mentor"), false), (await LaunchAsync("coordinator"), true), (token, true) })
        {
            var answer = await GraphQLAsync(caller, Modules);
            Assert.True(answer.Errors is null, answer.Text);
            var modules = answer.Data!["institution"]!["modules"]!;
            Assert.Equal(2, modules["totalCount"]!.GetValue<int>());
            var safety = modules["edges"]!.AsArray().Select(e => e!["node"]!).Single(m => m!["key"]!.GetValue<string>() == "workplace-safety")!;
            Assert.StartsWith("mod_", safety["id"]!.GetValue<string>(), StringComparison.Ordinal);
            var steps = safety["steps"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
            Assert.Equal(["READING", "QUIZ", "READING", "QUIZ", "PRACTICAL"], steps.Select(s => s!["kind"]!.GetValue<string>()));
            var options = steps[1]!["questions"]!.AsArray().SelectMany(q => q!["options"]!.AsArray()).Select(o => o!["correct"]).ToList();
            Assert.Equal(answers, options.All(o => o is not null));
            Assert.Equal(answers, options.Any(o => o?.GetValue<bool>() == true));
            Assert.Equal(answers, steps[1]!["questions"]![0]!["explanation"] is not null);
        }
    }

    [Fact]
    public async Task A_plan_shows_module_progress_and_certifications_and_coordinators_and_tokens_find_those_about_to_expire()
    {
        var jordan = await LaunchAsync("student");
        var (planId, _) = await StartPlanAsync(jordan, "cte-ilp");
        var (_, safety) = await GetAsync(Safety, jordan);
        var (read, _) = await PostAsync(safety, Step("hazards", "read"), []);
        Assert.Equal(HttpStatusCode.Redirect, read);
        await AddCertificationAsync(planId, new Certification(Guid.NewGuid(), "First Aid at Work", "Red Cross", Today.AddDays(-300), Today.AddDays(30)));
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        var planGlobalId = (await GraphQLAsync(token, "{ institution { plans { edges { node { id } } } } }")).Data!["institution"]!["plans"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();

        foreach (var caller in new[] { jordan, await LaunchAsync("teacher"), token })
        {
            var answer = await GraphQLAsync(caller, Progress, new { id = planGlobalId });
            Assert.True(answer.Errors is null, answer.Text);
            var progress = answer.Data!["plan"]!["modules"]!["edges"]!.AsArray().Select(e => e!["node"]!).Single(m => m!["key"]!.GetValue<string>() == "workplace-safety")!;
            Assert.Equal((1, 5, "Check: hazards and controls"), (progress["done"]!.GetValue<int>(), progress["total"]!.GetValue<int>(), progress["nextStep"]!.GetValue<string>()));
            Assert.Equal("Red Cross", answer.Data!["plan"]!["certifications"]!["edges"]![0]!["node"]!["issuer"]!.GetValue<string>());
        }

        foreach (var caller in new[] { await LaunchAsync("coordinator"), token })
        {
            var expiring = await GraphQLAsync(caller, Expiring);
            Assert.True(expiring.Errors is null, expiring.Text);
            var reminder = expiring.Data!["institution"]!["expiringCertifications"]!["edges"]![0]!["node"]!;
            Assert.Equal(("Jordan Lee", 30, 30, "First Aid at Work"), (reminder["studentName"]!.GetValue<string>(), reminder["daysLeft"]!.GetValue<int>(),
                reminder["window"]!.GetValue<int>(), reminder["certification"]!["name"]!.GetValue<string>()));
        }
        var tooFar = await GraphQLAsync(token, "{ institution { expiringCertifications(withinDays: 5000) { totalCount } } }");
        Assert.Equal("INVALID", tooFar.FirstCode);

        var moduleId = (await GraphQLAsync(token, Modules)).Data!["institution"]!["modules"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        var otherToken = await GraphQLHarness.ApiTokenAsync(Factory, SandboxPlatform.SecondDeploymentId);
        var elsewhere = await ElsewhereAsync();
        foreach (var caller in new[] { otherToken, elsewhere })
        {
            var theirs = await GraphQLAsync(caller, "{ institution { modules { totalCount } expiringCertifications { totalCount } } }");
            Assert.True(theirs.Errors is null, theirs.Text);
            Assert.Equal((0, 0), (theirs.Data!["institution"]!["modules"]!["totalCount"]!.GetValue<int>(),
                theirs.Data!["institution"]!["expiringCertifications"]!["totalCount"]!.GetValue<int>()));
            var byId = await GraphQLAsync(caller, "query($id: ID!) { node(id: $id) { id ... on Module { title } } }", new { id = moduleId });
            Assert.Equal("NOT_FOUND", byId.FirstCode);
            var plan = await GraphQLAsync(caller, Progress, new { id = planGlobalId });
            Assert.Equal("NOT_FOUND", plan.FirstCode);
            Assert.DoesNotContain("Red Cross", plan.Text, StringComparison.Ordinal);
        }
        var node = await GraphQLAsync(token, "query($id: ID!) { node(id: $id) { id ... on Module { key } } }", new { id = moduleId });
        Assert.True(node.Errors is null, node.Text);
    }

    private DateOnly Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);

    private Task AddCertificationAsync(Guid planId, Certification certification) => QueryAsync(async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.Id == planId);
        var viewer = new Viewer(plan.StudentUserId, plan.RegistrationId, plan.DeploymentId, null, null, CourseRole.Student);
        var current = await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion);
        var saved = await new PlanCommands(db, Factory.Clock).SaveAsync(viewer, planId, plan.CurrentVersion,
            current.Document with { Certifications = [.. current.Document.Certifications, certification] });
        Assert.IsType<PlanSaveResult.Saved>(saved.Value);
        return true;
    });

    private Task<HttpAnswer> GraphQLAsync(string caller, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, caller, query, variables);
}
