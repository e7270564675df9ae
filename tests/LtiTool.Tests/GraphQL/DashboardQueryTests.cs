using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// The coordinator's dashboard and impact over time through the API, by the same services as their pages: coordinators
/// and API tokens read them with the page's filters; teachers and students are refused; the other institution finds none of
/// these students, not even by their plans' ids; and a page of students costs as many statements for 40 as for 4.
/// </summary>
public sealed class DashboardQueryTests : PlannerTest
{
    private const string Dashboard = """
        query($risk: DashboardRisk, $pathway: String) { institution {
          dashboard(first: 50, risk: $risk, pathway: $pathway) { totalCount edges { node { name planId templateName programme cohort overallStatus
            requirements atRisk missing hoursLogged hoursTarget behindPace overdueMilestones attention
            plan { overallStatus mentors { totalCount } modules { totalCount } } } } }
          impact { cohorts { edges { node { cohort plans complete } } } years { totalCount } scorecards { totalCount } } } }
        """;

    [Fact]
    public async Task Coordinators_and_api_tokens_read_the_dashboard_with_its_filters_and_no_one_else_does()
    {
        await CaseloadStudents.AddAsync(Factory.Services, 3);
        await CaseloadStudents.AddAsync(Factory.Services, 2, "cte-ilp");
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        string? planId = null;
        foreach (var caller in new[] { await LaunchAsync("coordinator"), token })
        {
            var all = await GraphQLAsync(caller, Dashboard);
            Assert.True(all.Errors is null, all.Text);
            var dashboard = all.Data!["institution"]!["dashboard"]!;
            Assert.Equal(5, dashboard["totalCount"]!.GetValue<int>());
            var first = dashboard["edges"]![0]!["node"]!;
            // A row's plan opens by the planner's rules: an API token's whole institution; a coordinator launched from a course
            // but not on the institution's list reaches the rows (as the dashboard page shows them) but not the plans.
            if (caller == token)
            {
                Assert.Equal(first["overallStatus"]!.GetValue<string>(), first["plan"]!["overallStatus"]!.GetValue<string>());
            }
            Assert.True(first["requirements"]!.GetValue<int>() > 0);
            var cohort = all.Data!["institution"]!["impact"]!["cohorts"]!["edges"]![0]!["node"]!;
            Assert.Equal(5, cohort["plans"]!.GetValue<int>());
            planId = first["planId"]!.GetValue<string>();

            var ilp = await GraphQLAsync(caller, Dashboard, new { pathway = "cte-ilp" });
            Assert.Equal(2, ilp.Data!["institution"]!["dashboard"]!["totalCount"]!.GetValue<int>());
            var complete = await GraphQLAsync(caller, Dashboard, new { risk = "COMPLETE" });
            Assert.Equal(0, complete.Data!["institution"]!["dashboard"]!["totalCount"]!.GetValue<int>());
        }

        foreach (var person in new[] { "teacher", "student", "mentor" })
        {
            var refused = await GraphQLAsync(await LaunchAsync(person), Dashboard);
            Assert.Equal("FORBIDDEN", refused.FirstCode);
            Assert.Null(refused.Data!["institution"]!["dashboard"]);
            Assert.Null(refused.Data!["institution"]!["impact"]);
            Assert.DoesNotContain("Student ", refused.Text, StringComparison.Ordinal);
        }

        foreach (var caller in new[] { await ElsewhereAsync(), await GraphQLHarness.ApiTokenAsync(Factory, SandboxPlatform.SecondDeploymentId) })
        {
            var theirs = await GraphQLAsync(caller, Dashboard);
            Assert.True(theirs.Errors is null, theirs.Text);
            Assert.Equal(0, theirs.Data!["institution"]!["dashboard"]!["totalCount"]!.GetValue<int>());
            Assert.Empty(theirs.Data!["institution"]!["impact"]!["cohorts"]!["edges"]!.AsArray());
            var byId = await GraphQLAsync(caller, "query($id: ID!) { node(id: $id) { id } }", new { id = planId });
            Assert.Equal("NOT_FOUND", byId.FirstCode);
        }
    }

    [Fact]
    public async Task A_page_of_the_dashboard_with_each_plans_mentors_and_modules_takes_as_many_statements_for_40_students_as_for_4()
    {
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        await CaseloadStudents.AddAsync(Factory.Services, 4);
        var few = await StatementsAsync(token, 4);
        await CaseloadStudents.AddAsync(Factory.Services, 36);
        var many = await StatementsAsync(token, 40);

        Assert.Equal(few, many);
        Assert.InRange(many, 1, 40);
    }

    private async Task<int> StatementsAsync(string token, int students)
    {
        // The first read after new plans evaluates their summaries; the count is of a page read from stored summaries.
        await GraphQLAsync(token, Dashboard);
        using var statements = new SqlStatementCount(Factory.Folder);
        var answer = await GraphQLAsync(token, Dashboard);
        var counted = statements.Value;
        Assert.True(answer.Errors is null, answer.Text);
        Assert.Equal(students, answer.Data!["institution"]!["dashboard"]!["edges"]!.AsArray().Count);
        return counted;
    }

    private Task<HttpAnswer> GraphQLAsync(string caller, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, caller, query, variables);
}
