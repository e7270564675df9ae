using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Pathways;

/// <summary>The caseload page asks the database the same number of questions for 5 students as for 50 (no query per student).</summary>
public sealed class CaseloadStatementTests : PlannerTest
{
    [Fact]
    public async Task The_caseload_page_sends_as_many_SQL_statements_for_50_students_as_for_5()
    {
        var teacher = await LaunchAsync("teacher");
        using var statements = new SqlStatementCount(Factory.Folder);

        await CaseloadStudents.AddAsync(Factory.Services, 5);
        var few = await StatementsForCaseloadAsync(statements, teacher, expectedRows: 5);
        await CaseloadStudents.AddAsync(Factory.Services, 45);
        var many = await StatementsForCaseloadAsync(statements, teacher, expectedRows: 50);

        Assert.True(few > 0, "No statements were counted.");
        Assert.Equal(few, many);
    }

    private async Task<int> StatementsForCaseloadAsync(SqlStatementCount statements, string token, int expectedRows)
    {
        statements.Reset();
        var (status, html) = await GetAsync("/app/pathways/caseload", token);
        var counted = statements.Value;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(CountOf(html, "<tr data-student=") >= expectedRows, html);
        return counted;
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
