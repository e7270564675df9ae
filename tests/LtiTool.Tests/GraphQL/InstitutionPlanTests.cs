using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Pathways;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// <c>institution { plans students }</c> and plans as nodes, per role: a student their own plan, a mentor their mentee's,
/// a teacher their planner course's students', a listed coordinator and an API token the whole institution; the other
/// institution finds none of them by the ids these answers gave.
/// </summary>
public sealed class InstitutionPlanTests : PlannerTest
{
    private const string Plans = """
        query($status: [RequirementStatus!]) { institution { plans(first: 50, status: $status) { totalCount
            edges { node { id studentName overallStatus requirements(first: 30) { totalCount edges { node { key status sentence } } }
                goals { totalCount } hours { totalCount } evidence { totalCount } versions { totalCount } signOffs { totalCount } } } } } }
        """;

    private const string Students = """
        query($status: [RequirementStatus!]) { institution { students(first: 100, status: $status) { totalCount
            edges { node { student { id name } overallStatus needsAttention plan { id } } } } } }
        """;

    private const string Node = "query($id: ID!) { node(id: $id) { id ... on Plan { studentName versionNumber } } }";

    [Fact]
    public async Task Each_role_lists_the_plans_the_planner_pages_show_it()
    {
        // Staff launch first: a staff launch syncs the course roster, which would retire Casey, a classmate it does not list.
        var teacher = await LaunchAsync("teacher");
        var mentor = await LaunchAsync("mentor");
        var coordinator = await LaunchAsync("coordinator");
        await StartPlanAsync(await LaunchAsync("student"));
        await StartPlanAsync(await LaunchCaseyAsync(), "cte-ilp");
        await PlanOutsideThePlannerCourseAsync("Robin Elsewhere");
        var jordan = await LaunchAsync("student");
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        var seen = new Dictionary<string, string> { ["coordinator, not listed"] = string.Join(", ", await PlanNamesAsync(coordinator)) };
        await ListAsCoordinatorAsync("sandbox-coordinator-1");
        foreach (var (who, caller) in new[] { ("student", jordan), ("mentor", mentor), ("teacher", teacher), ("coordinator", coordinator), ("token", token) })
        {
            seen[who] = string.Join(", ", await PlanNamesAsync(caller));
        }

        Assert.Equal(new Dictionary<string, string>
        {
            ["student"] = "Jordan Lee",
            ["mentor"] = "Jordan Lee",
            ["teacher"] = "Casey Moreau, Jordan Lee",
            ["coordinator, not listed"] = "Casey Moreau, Jordan Lee",
            ["coordinator"] = "Casey Moreau, Jordan Lee, Robin Elsewhere",
            ["token"] = "Casey Moreau, Jordan Lee, Robin Elsewhere",
        }, seen);

        // What a person's list shows is what the planner's own rules (plan(id:), through PlanAccess) open for them.
        foreach (var person in new[] { jordan, mentor, teacher, coordinator })
        {
            foreach (var id in await PlanIdsAsync(person))
            {
                var opened = await GraphQLAsync(person, "query($id: ID!) { plan(id: $id) { id } }", new { id });
                Assert.True(opened.Errors is null, opened.Text);
            }
        }
    }

    [Fact]
    public async Task A_plan_carries_its_evaluations_and_lists_and_the_students_list_has_everyone_with_their_plan_or_none()
    {
        await StartPlanAsync(await LaunchAsync("student"));
        await LaunchCaseyAsync();
        var token = await GraphQLHarness.ApiTokenAsync(Factory);

        var plans = await GraphQLAsync(token, Plans);
        var students = await GraphQLAsync(token, Students);

        Assert.True(plans.Errors is null, plans.Text);
        var plan = plans.Data!["institution"]!["plans"]!["edges"]![0]!["node"]!;
        Assert.Equal("Jordan Lee", plan["studentName"]!.GetValue<string>());
        Assert.NotEmpty(plan["requirements"]!["edges"]!.AsArray());
        Assert.All(plan["requirements"]!["edges"]!.AsArray(), r => Assert.False(string.IsNullOrWhiteSpace(r!["node"]!["sentence"]!.GetValue<string>())));
        Assert.Equal(1, plan["versions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, plan["evidence"]!["totalCount"]!.GetValue<int>());
        Assert.True(students.Errors is null, students.Text);
        var rows = students.Data!["institution"]!["students"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Contains(rows, r => r["student"]!["name"]!.GetValue<string>() == "Jordan Lee" && r["plan"]!["id"]!.GetValue<string>() == plan["id"]!.GetValue<string>());
        Assert.Contains(rows, r => r["plan"] is null && r["overallStatus"] is null);
        Assert.Equal(rows.Count, students.Data!["institution"]!["students"]!["totalCount"]!.GetValue<int>());

        var node = await GraphQLAsync(token, Node, new { id = plan["id"]!.GetValue<string>() });
        Assert.Equal("Jordan Lee", node.Data!["node"]!["studentName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_status_filter_keeps_the_students_at_risk_and_pages_them()
    {
        await StartPlanAsync(await LaunchAsync("student"));
        await StartPlanAsync(await LaunchCaseyAsync(), "cte-ilp");
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        var all = (await GraphQLAsync(token, Plans)).Data!["institution"]!["plans"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        var worst = all[0]["overallStatus"]!.GetValue<string>();

        var matching = await GraphQLAsync(token, Plans, new { status = new[] { worst } });
        var none = await GraphQLAsync(token, Plans, new { status = new[] { "WAIVED" } });
        var students = await GraphQLAsync(token, Students, new { status = new[] { worst } });

        var expected = all.Where(p => p["overallStatus"]!.GetValue<string>() == worst).Select(p => p["studentName"]!.GetValue<string>()).ToList();
        Assert.Equal(expected, matching.Data!["institution"]!["plans"]!["edges"]!.AsArray().Select(e => e!["node"]!["studentName"]!.GetValue<string>()));
        Assert.Equal(expected.Count, matching.Data!["institution"]!["plans"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, none.Data!["institution"]!["plans"]!["totalCount"]!.GetValue<int>());
        Assert.All(students.Data!["institution"]!["students"]!["edges"]!.AsArray(), e =>
        {
            Assert.Equal(worst, e!["node"]!["overallStatus"]!.GetValue<string>());
            Assert.NotEmpty(e["node"]!["needsAttention"]!.AsArray());
        });
    }

    [Fact]
    public async Task Plan_ids_from_one_institutions_answers_are_not_found_in_the_other()
    {
        await StartPlanAsync(await LaunchAsync("student"));
        var ids = await PlanIdsAsync(await GraphQLHarness.ApiTokenAsync(Factory));
        var otherToken = await GraphQLHarness.ApiTokenAsync(Factory, SandboxPlatform.SecondDeploymentId);
        var otherTeacher = await LaunchAsync("teacher", deploymentId: SandboxPlatform.SecondDeploymentId);

        foreach (var caller in new[] { otherToken, otherTeacher })
        {
            var listed = await GraphQLAsync(caller, Plans);
            Assert.Equal(0, listed.Data!["institution"]!["plans"]!["totalCount"]!.GetValue<int>());
            foreach (var id in ids)
            {
                var node = await GraphQLAsync(caller, Node, new { id });
                var plan = await GraphQLAsync(caller, "query($id: ID!) { plan(id: $id) { id } }", new { id });
                Assert.Equal("NOT_FOUND", node.FirstCode);
                Assert.Null(node.Data!["node"]);
                Assert.Equal("NOT_FOUND", plan.FirstCode);
                Assert.DoesNotContain("Jordan", node.Text + plan.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Forty_plans_with_their_versions_and_signatures_take_as_many_statements_as_five()
    {
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        await GraphQLAsync(token, "{ __typename }");
        using var statements = new Infrastructure.SqlStatementCount(Factory.Folder);

        await CaseloadStudents.AddAsync(Factory.Services, 5);
        var few = await StatementsAsync(statements, token, 5);
        await CaseloadStudents.AddAsync(Factory.Services, 35);
        var many = await StatementsAsync(statements, token, 40);

        Assert.Equal(few, many);
    }

    private async Task<(int Plans, int AtRisk)> StatementsAsync(Infrastructure.SqlStatementCount statements, string token, int expected)
    {
        statements.Reset();
        var plans = await GraphQLAsync(token, Plans);
        var counted = statements.Value;
        Assert.Equal(expected, plans.Data!["institution"]!["plans"]!["totalCount"]!.GetValue<int>());
        statements.Reset();
        var atRisk = await GraphQLAsync(token, Students, new { status = new[] { "AT_RISK", "MISSING" } });
        Assert.True(atRisk.Errors is null, atRisk.Text);
        return (counted, statements.Value);
    }

    private async Task<List<string>> PlanNamesAsync(string caller) =>
        [.. (await GraphQLAsync(caller, Plans)).Data!["institution"]!["plans"]!["edges"]!.AsArray().Select(e => e!["node"]!["studentName"]!.GetValue<string>())];

    private async Task<List<string>> PlanIdsAsync(string caller) =>
        [.. (await GraphQLAsync(caller, Plans)).Data!["institution"]!["plans"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>())];

    private async Task ListAsCoordinatorAsync(string subject)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.DeploymentId == SandboxPlatform.DeploymentId);
        var added = await scope.ServiceProvider.GetRequiredService<Coordinators>().AddAsync(new Institution(deployment.RegistrationId, deployment.Id), subject, null);
        Assert.True(added.Succeeded);
    }

    /// <summary>A student of the institution in no planner course, with a plan: only the whole institution's readers see it.</summary>
    private async Task PlanOutsideThePlannerCourseAsync(string name)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.DeploymentId == SandboxPlatform.DeploymentId);
        var student = new LtiUser { RegistrationId = deployment.RegistrationId, Subject = "elsewhere-1", Name = name };
        db.Users.Add(student);
        await db.SaveChangesAsync();
        var started = await scope.ServiceProvider.GetRequiredService<PlanCommands>()
            .StartAsync(new Viewer(student.Id, deployment.RegistrationId, deployment.Id, null, null, CourseRole.Student), "cte-ilp");
        Assert.True(started.Succeeded);
    }

    private Task<HttpAnswer> GraphQLAsync(string caller, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, caller, query, variables);
}
