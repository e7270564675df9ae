using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Pathways;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary><c>caseload(courseId:)</c>: a planner course's students with their worst status, for its teachers only.</summary>
public sealed class CaseloadQueryTests : PlannerTest
{
    private const string CaseloadQuery = """
        query($course: ID!, $after: String) { caseload(courseId: $course, first: 100, after: $after) { totalCount
            pageInfo { hasNextPage endCursor } edges { node { studentId name planId overallStatus needsAttention } } } }
        """;

    [Fact]
    public async Task A_teacher_sees_each_student_of_the_planner_course_with_their_worst_status()
    {
        await StartPlanAsync(await LaunchAsync("student"));
        var teacher = await LaunchAsync("teacher");

        var course = await PlannerCourseIdAsync(teacher);

        var rows = new List<JsonNode>();
        string? after = null;
        HttpAnswer answer;
        do
        {
            answer = await GraphQLAsync(teacher, CaseloadQuery, new { course, after });
            Assert.Null(answer.Errors);
            rows.AddRange(answer.Data!["caseload"]!["edges"]!.AsArray().Select(e => e!["node"]!));
            after = answer.Data!["caseload"]!["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (answer.Data!["caseload"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var names = rows.Select(r => r["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Jordan Lee", names);
        var jordan = rows[names.IndexOf("Jordan Lee")];
        var withoutPlan = rows.First(r => r["planId"] is null);
        Assert.StartsWith("pln_", jordan["planId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(jordan["overallStatus"]!.GetValue<string>()));
        Assert.StartsWith("per_", jordan["studentId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(withoutPlan["overallStatus"]);
        Assert.Single(rows, r => r["planId"] is not null);
        Assert.Equal(rows.Count, answer.Data!["caseload"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_student_asking_for_the_caseload_gets_not_found()
    {
        var teacher = await LaunchAsync("teacher");
        var course = await PlannerCourseIdAsync(teacher);
        var student = await LaunchAsync("student");

        var answer = await GraphQLAsync(student, CaseloadQuery, new { course });

        Assert.Null(answer.Data);
        Assert.Equal("NOT_FOUND", answer.FirstCode);
    }

    [Fact]
    public async Task A_course_id_from_another_institution_is_not_found()
    {
        await StartPlanAsync(await LaunchAsync("student"));
        var course = await PlannerCourseIdAsync(await LaunchAsync("teacher"));
        var elsewhere = await LaunchAsync("teacher", deploymentId: SandboxPlatform.SecondDeploymentId);

        var answer = await GraphQLAsync(elsewhere, CaseloadQuery, new { course });

        Assert.Equal("NOT_FOUND", answer.FirstCode);
        Assert.DoesNotContain("Jordan", answer.Text, StringComparison.Ordinal);
    }

    private async Task<string> PlannerCourseIdAsync(string session)
    {
        var courses = await GraphQLAsync(session, "{ courses(first: 50) { edges { node { id title } } } }");
        return courses.Data!["courses"]!["edges"]!.AsArray().Select(e => e!["node"]!)
            .Single(c => c["title"]!.GetValue<string>() == SandboxCourse.Title)["id"]!.GetValue<string>();
    }

    private Task<HttpAnswer> GraphQLAsync(string session, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, session, query, variables);
}
