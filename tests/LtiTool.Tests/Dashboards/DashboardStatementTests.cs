using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;

namespace LtiPathways.LtiTool.Tests.Dashboards;

/// <summary>The dashboard reads stored summaries: as many SQL statements for 40 students as for 4, and no plan evaluated again.</summary>
public sealed class DashboardStatementTests : PlannerTest
{
    [Fact]
    public async Task The_dashboard_sends_as_many_SQL_statements_for_40_students_as_for_4()
    {
        var coordinator = await LaunchAsync("coordinator");
        using var statements = new SqlStatementCount(Factory.Folder);

        await CaseloadStudents.AddAsync(Factory.Services, 4);
        var few = await StatementsAsync(statements, coordinator, "Showing 1–4 of 4 students.");
        await CaseloadStudents.AddAsync(Factory.Services, 36);
        var many = await StatementsAsync(statements, coordinator, "Showing 1–40 of 40 students.");

        Assert.True(few > 0, "No statements were counted.");
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task A_plan_whose_summary_went_stale_overnight_is_evaluated_again_on_the_next_read()
    {
        var coordinator = await LaunchAsync("coordinator");
        await CaseloadStudents.AddAsync(Factory.Services, 1);
        var before = await QueryAsync(db => Task.FromResult(db.PlanSummaries.Single().EvaluatedOn));

        Factory.Clock.Advance(TimeSpan.FromDays(1));
        var (status, _) = await GetAsync("/app/dashboards", await LaunchAsync("coordinator"));
        var after = await QueryAsync(db => Task.FromResult(db.PlanSummaries.Single().EvaluatedOn));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(before.AddDays(1), after);
    }

    private async Task<int> StatementsAsync(SqlStatementCount statements, string token, string shows)
    {
        statements.Reset();
        var (status, html) = await GetAsync("/app/dashboards", token);
        var counted = statements.Value;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(shows, html, StringComparison.Ordinal);
        return counted;
    }
}
