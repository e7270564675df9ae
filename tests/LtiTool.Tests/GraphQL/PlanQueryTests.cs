using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Pathways;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary><c>viewer.plan</c> and <c>plan(id:)</c>: the planner's plans through the core's access rules, per role.</summary>
public sealed class PlanQueryTests : PlannerTest
{
    private const string OwnPlan = """
        { viewer { plan { id programme versionNumber overallStatus
            requirements(first: 50) { totalCount edges { node { key name status sentence } } }
            goals { totalCount } hours { totalCount } signOffs { totalCount }
            versions { totalCount edges { node { number savedBy savedAt } } } } } }
        """;

    private const string PlanById = "query($id: ID!) { plan(id: $id) { id studentName overallStatus requirements { totalCount } } }";

    [Fact]
    public async Task A_student_reads_their_own_plan_with_its_evaluations_and_versions()
    {
        var student = await LaunchAsync("student");
        var (planId, _) = await StartPlanAsync(student);

        var answer = await GraphQLAsync(student, OwnPlan);

        Assert.Null(answer.Errors);
        var plan = answer.Data!["viewer"]!["plan"]!;
        var id = plan["id"]!.GetValue<string>();
        Assert.StartsWith("pln_", id, StringComparison.Ordinal);
        Assert.DoesNotContain(planId.ToString("N"), id.ToLowerInvariant().Replace("-", ""), StringComparison.Ordinal);
        Assert.Equal("ib-cp-cte", plan["programme"]!.GetValue<string>());
        Assert.Equal(1, plan["versionNumber"]!.GetValue<int>());
        var requirements = plan["requirements"]!["edges"]!.AsArray();
        Assert.NotEmpty(requirements);
        Assert.Equal(plan["requirements"]!["totalCount"]!.GetValue<int>(), requirements.Count);
        Assert.All(requirements, r => Assert.False(string.IsNullOrWhiteSpace(r!["node"]!["sentence"]!.GetValue<string>())));
        Assert.Equal(1, plan["versions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Jordan Lee", plan["versions"]!["edges"]![0]!["node"]!["savedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_student_asking_for_another_students_plan_id_gets_not_found()
    {
        var jordan = await LaunchAsync("student");
        await StartPlanAsync(jordan);
        var jordansId = await OwnPlanIdAsync(jordan);
        var casey = await LaunchCaseyAsync();

        var answer = await GraphQLAsync(casey, PlanById, new { id = jordansId });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Data!["plan"]);
        Assert.Equal("NOT_FOUND", answer.FirstCode);
    }

    [Fact]
    public async Task A_teacher_of_the_planner_course_reads_their_students_plan()
    {
        var jordan = await LaunchAsync("student");
        await StartPlanAsync(jordan);
        var jordansId = await OwnPlanIdAsync(jordan);
        var teacher = await LaunchAsync("teacher");

        var answer = await GraphQLAsync(teacher, PlanById, new { id = jordansId });

        Assert.Null(answer.Errors);
        Assert.Equal(jordansId, answer.Data!["plan"]!["id"]!.GetValue<string>());
        Assert.Equal("Jordan Lee", answer.Data!["plan"]!["studentName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plan_id_from_another_institution_is_not_found()
    {
        var jordan = await LaunchAsync("student");
        await StartPlanAsync(jordan);
        var jordansId = await OwnPlanIdAsync(jordan);
        var elsewhere = await LaunchAsync("teacher", deploymentId: SandboxPlatform.SecondDeploymentId);

        var answer = await GraphQLAsync(elsewhere, PlanById, new { id = jordansId });

        Assert.Null(answer.Data!["plan"]);
        Assert.Equal("NOT_FOUND", answer.FirstCode);
        Assert.DoesNotContain("Jordan", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_plan_id_is_not_found_and_a_student_without_a_plan_has_none()
    {
        var casey = await LaunchCaseyAsync();

        var malformed = await GraphQLAsync(casey, PlanById, new { id = "pln_nonsense" });
        var own = await GraphQLAsync(casey, "{ viewer { plan { id } } }");

        Assert.Equal("NOT_FOUND", malformed.FirstCode);
        Assert.Null(own.Errors);
        Assert.Null(own.Data!["viewer"]!["plan"]);
    }

    private async Task<string> OwnPlanIdAsync(string session) =>
        (await GraphQLAsync(session, "{ viewer { plan { id } } }")).Data!["viewer"]!["plan"]!["id"]!.GetValue<string>();

    private Task<HttpAnswer> GraphQLAsync(string session, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, session, query, variables);
}
