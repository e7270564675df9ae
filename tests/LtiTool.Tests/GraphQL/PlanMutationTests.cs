using System.Globalization;
using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Pathways;
using LtiPathways.PathwayGraphQL.Data.Api;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// Plan changes through the API are the planner's own saves: the page and its history show them; a stale version, bad
/// input, another person's plan or a token's attempt change nothing and say why in extensions.code (and the field).
/// </summary>
public sealed class PlanMutationTests : PlannerTest
{
    private const string AddGoal = """
        mutation($input: AddGoalInput!) { addGoal(input: $input) { clientMutationId itemId
            plan { versionNumber goals { edges { node { id text measure targetDate status } } } versions { totalCount edges { node { number changes } } } } } }
        """;

    private const string Payload = "clientMutationId itemId plan { versionNumber goals { totalCount } milestones { totalCount } reflections { totalCount } hours { totalCount } signOffs { totalCount } }";

    [Fact]
    public async Task A_student_adds_a_goal_and_the_plan_page_and_its_history_show_the_new_version()
    {
        var student = await LaunchAsync("student");
        var (planGuid, _) = await StartPlanAsync(student);
        var planId = await OwnPlanIdAsync(student);

        var added = await GraphQLAsync(student, AddGoal, new
        {
            input = new { planId, expectedVersion = 1, text = "Finish the welding certificate", measure = "Certificate issued", targetDate = Day(60), clientMutationId = "m1" },
        });

        Assert.True(added.Errors is null, added.Text);
        var payload = added.Data!["addGoal"]!;
        Assert.Equal("m1", payload["clientMutationId"]!.GetValue<string>());
        Assert.Equal(2, payload["plan"]!["versionNumber"]!.GetValue<int>());
        var goal = payload["plan"]!["goals"]!["edges"]![0]!["node"]!;
        Assert.Equal(payload["itemId"]!.GetValue<string>(), goal["id"]!.GetValue<string>());
        Assert.Equal("NOT_STARTED", goal["status"]!.GetValue<string>());
        Assert.Equal(2, payload["plan"]!["versions"]!["totalCount"]!.GetValue<int>());
        var (_, page) = await GetAsync($"/app/pathways/plans/{planGuid}", student);
        Assert.Contains("Finish the welding certificate", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(2, BaseVersion(page));
        var (_, history) = await GetAsync($"/app/pathways/plans/{planGuid}/history", student);
        Assert.Contains("Added goal", WebUtility.HtmlDecode(history), StringComparison.Ordinal);
        Assert.Contains("Finish the welding certificate", WebUtility.HtmlDecode(history), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_version_is_a_version_conflict_and_nothing_is_saved()
    {
        var student = await LaunchAsync("student");
        var (planGuid, _) = await StartPlanAsync(student);
        var planId = await OwnPlanIdAsync(student);
        await GraphQLAsync(student, AddGoal, new { input = new { planId, expectedVersion = 1, text = "First", measure = "Done", targetDate = Day(30) } });

        var stale = await GraphQLAsync(student, AddGoal, new { input = new { planId, expectedVersion = 1, text = "Second", measure = "Done", targetDate = Day(30) } });

        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Null(stale.Data!["addGoal"]);
        Assert.Equal("VERSION_CONFLICT", stale.FirstCode);
        Assert.Equal(2, stale.Errors![0]!["extensions"]!["currentVersion"]!.GetValue<int>());
        Assert.Contains("Added goal", stale.Errors![0]!["extensions"]!["theirChanges"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var (_, page) = await GetAsync($"/app/pathways/plans/{planGuid}", student);
        Assert.Equal(2, BaseVersion(page));
        Assert.DoesNotContain("Second", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_saves_nothing()
    {
        var student = await LaunchAsync("student");
        await StartPlanAsync(student);
        var planId = await OwnPlanIdAsync(student);

        var refused = await GraphQLAsync(student, AddGoal, new { input = new { planId, expectedVersion = 1, text = "Learn to weld", measure = " ", targetDate = Day(-3) } });
        var hours = await GraphQLAsync(student, $"mutation($input: LogHoursInput!) {{ logHours(input: $input) {{ {Payload} }} }}",
            new { input = new { planId, expectedVersion = 1, date = Day(2), hours = 0, kind = "INTERNSHIP" } });

        Assert.Null(refused.Data!["addGoal"]);
        var fields = refused.Errors!.Select(e => (e!["extensions"]!["code"]!.GetValue<string>(), e["extensions"]!["field"]!.GetValue<string>())).ToList();
        Assert.Contains(("INVALID", "input.measure"), fields);
        Assert.Contains(("INVALID", "input.targetDate"), fields);
        Assert.Equal(["input.hours", "input.date"], hours.Errors!.Select(e => e!["extensions"]!["field"]!.GetValue<string>()));
        Assert.Equal(1, await VersionAsync(student));
    }

    [Fact]
    public async Task Goals_milestones_reflections_and_hours_are_added_edited_and_removed_each_as_a_version()
    {
        var student = await LaunchAsync("student");
        await StartPlanAsync(student);
        var planId = await OwnPlanIdAsync(student);

        var goal = await ChangeAsync(student, "addGoal", "AddGoalInput", new { planId, expectedVersion = 1, text = "Weld", measure = "Certificate", targetDate = Day(90) });
        var goalId = goal["itemId"]!.GetValue<string>();
        await ChangeAsync(student, "editGoal", "EditGoalInput", new { planId, expectedVersion = 2, goalId, status = "IN_PROGRESS" });
        var milestone = await ChangeAsync(student, "addMilestone", "AddMilestoneInput", new { planId, expectedVersion = 3, title = "Book the test", due = Day(30), goalId });
        await ChangeAsync(student, "editMilestone", "EditMilestoneInput",
            new { planId, expectedVersion = 4, milestoneId = milestone["itemId"]!.GetValue<string>(), completedOn = Day(0) });
        var reflection = await ChangeAsync(student, "addReflection", "AddReflectionInput", new { planId, expectedVersion = 5, text = "The first week taught me patience." });
        await ChangeAsync(student, "editReflection", "EditReflectionInput",
            new { planId, expectedVersion = 6, reflectionId = reflection["itemId"]!.GetValue<string>(), kind = "LEARNING_JOURNAL" });
        var hours = await ChangeAsync(student, "logHours", "LogHoursInput", new { planId, expectedVersion = 7, date = Day(-1), hours = 2.5m, kind = "INTERNSHIP", activity = "Shop floor" });
        var hoursId = hours["itemId"]!.GetValue<string>();
        await ChangeAsync(student, "editHours", "EditHoursInput", new { planId, expectedVersion = 8, hoursId, hours = 3m });

        var orphaning = await GraphQLAsync(student, $"mutation($input: RemovePlanItemInput!) {{ removeGoal(input: $input) {{ {Payload} }} }}",
            new { input = new { planId, expectedVersion = 9, itemId = goalId } });
        Assert.Equal("INVALID", orphaning.FirstCode);
        Assert.Equal("plan.milestones[0].goalId", orphaning.Errors![0]!["extensions"]!["field"]!.GetValue<string>());

        await ChangeAsync(student, "removeMilestone", "RemovePlanItemInput", new { planId, expectedVersion = 9, itemId = milestone["itemId"]!.GetValue<string>() });
        await ChangeAsync(student, "removeGoal", "RemovePlanItemInput", new { planId, expectedVersion = 10, itemId = goalId });
        await ChangeAsync(student, "removeReflection", "RemovePlanItemInput", new { planId, expectedVersion = 11, itemId = reflection["itemId"]!.GetValue<string>() });
        var last = await ChangeAsync(student, "removeHours", "RemovePlanItemInput", new { planId, expectedVersion = 12, itemId = hoursId });

        Assert.Equal(13, last["plan"]!["versionNumber"]!.GetValue<int>());
        Assert.All(new[] { "goals", "milestones", "reflections", "hours" }, list => Assert.Equal(0, last["plan"]![list]!["totalCount"]!.GetValue<int>()));
        var history = await GraphQLAsync(student, "{ viewer { plan { versions(first: 20) { edges { node { number changes } } } } } }");
        var changes = string.Join("\n", history.Data!["viewer"]!["plan"]!["versions"]!["edges"]!.AsArray().SelectMany(e => e!["node"]!["changes"]!.AsArray()).Select(c => c!.GetValue<string>()));
        Assert.Contains("Removed goal", changes, StringComparison.Ordinal);

        var gone = await GraphQLAsync(student, $"mutation($input: EditGoalInput!) {{ editGoal(input: $input) {{ {Payload} }} }}",
            new { input = new { planId, expectedVersion = 13, goalId, text = "Again" } });
        Assert.Equal("NOT_FOUND", gone.FirstCode);
        Assert.Equal("input.goalId", gone.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Staff_sign_but_do_not_edit_and_a_signature_on_an_old_version_is_a_conflict()
    {
        var student = await LaunchAsync("student");
        var (planGuid, _) = await StartPlanAsync(student);
        var planId = await OwnPlanIdAsync(student);
        var teacher = await LaunchAsync("teacher");

        var edit = await GraphQLAsync(teacher, AddGoal, new { input = new { planId, expectedVersion = 1, text = "Not mine", measure = "-", targetDate = Day(9) } });
        var signed = await ChangeAsync(teacher, "signOffPlan", "SignOffPlanInput", new { planId, expectedVersion = 1, role = "ADVISOR" });
        var asStudent = await GraphQLAsync(teacher, $"mutation($input: SignOffPlanInput!) {{ signOffPlan(input: $input) {{ {Payload} }} }}",
            new { input = new { planId, expectedVersion = 1, role = "STUDENT" } });
        await ChangeAsync(student, "addGoal", "AddGoalInput", new { planId, expectedVersion = 1, text = "Weld", measure = "Certificate", targetDate = Day(90) });
        var stale = await GraphQLAsync(teacher, $"mutation($input: SignOffPlanInput!) {{ signOffPlan(input: $input) {{ {Payload} }} }}",
            new { input = new { planId, expectedVersion = 1, role = "ADVISOR" } });

        Assert.Equal("FORBIDDEN", edit.FirstCode);
        Assert.Equal(1, signed["plan"]!["signOffs"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("FORBIDDEN", asStudent.FirstCode);
        Assert.Equal("VERSION_CONFLICT", stale.FirstCode);
        var (_, page) = await GetAsync($"/app/pathways/plans/{planGuid}", student);
        Assert.Contains("Alex Rivera", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Not mine", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_and_other_institutions_change_nothing_and_a_mutation_over_GET_is_405()
    {
        var student = await LaunchAsync("student");
        await StartPlanAsync(student);
        var planId = await OwnPlanIdAsync(student);
        var input = new { input = new { planId, expectedVersion = 1, text = "Weld", measure = "Certificate", targetDate = Day(90) } };
        var readToken = await GraphQLHarness.ApiTokenAsync(Factory);
        var writeToken = await GraphQLHarness.ApiTokenAsync(Factory, scope: ApiTokenScope.Write);
        var elsewhere = await LaunchAsync("student", deploymentId: SandboxPlatform.SecondDeploymentId);

        var read = await GraphQLAsync(readToken, AddGoal, input);
        var write = await GraphQLAsync(writeToken, AddGoal, input);
        var foreign = await GraphQLAsync(elsewhere, AddGoal, input);
        using var get = new HttpRequestMessage(HttpMethod.Get, Infrastructure.LaunchDriver.ToolBase + "/graphql?query=" + Uri.EscapeDataString(
            $"mutation {{ addGoal(input: {{ planId: \"{planId}\", expectedVersion: 1, text: \"Weld\", measure: \"Done\", targetDate: \"{Day(9)}\" }}) {{ itemId }} }}"));
        get.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", student);
        using var got = await Driver.Client.SendAsync(get);

        Assert.Equal("READ_ONLY_TOKEN", read.FirstCode);
        Assert.Contains("may only read", read.FirstError, StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", write.FirstCode);
        Assert.Contains("the student's to change", write.FirstError, StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", foreign.FirstCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, got.StatusCode);
        Assert.Equal(1, await VersionAsync(student));
    }

    [Fact]
    public async Task A_write_token_waives_a_requirement_as_a_coordinator_would_and_the_history_names_the_token_not_a_person()
    {
        const string Waive = """
            mutation($input: WaiveRequirementInput!) { waiveRequirement(input: $input) { itemId
              plan { versionNumber waivers { edges { node { id requirementKey reason byName byApiToken } } } versions(first: 1) { edges { node { number savedBy } } } } } }
            """;
        var student = await LaunchAsync("student");
        var (planGuid, _) = await StartPlanAsync(student);
        var planId = await OwnPlanIdAsync(student);
        var key = (await GraphQLAsync(student, "{ viewer { plan { requirements(first: 1) { edges { node { key } } } } } }"))
            .Data!["viewer"]!["plan"]!["requirements"]!["edges"]![0]!["node"]!["key"]!.GetValue<string>();
        var input = new { input = new { planId, expectedVersion = 1, requirementKey = key, reason = "Credit transferred from the district's summer programme." } };
        var readToken = await GraphQLHarness.ApiTokenAsync(Factory);
        var writeToken = await GraphQLHarness.ApiTokenAsync(Factory, scope: ApiTokenScope.Write);
        var otherWriteToken = await GraphQLHarness.ApiTokenAsync(Factory, SandboxPlatform.SecondDeploymentId, ApiTokenScope.Write);
        var teacher = await LaunchAsync("teacher");

        var read = await GraphQLAsync(readToken, Waive, input);
        var foreign = await GraphQLAsync(otherWriteToken, Waive, input);
        var advisor = await GraphQLAsync(teacher, Waive, input);
        var unknown = await GraphQLAsync(writeToken, Waive, new { input = new { planId, expectedVersion = 1, requirementKey = "no-such-requirement", reason = "x" } });
        var noReason = await GraphQLAsync(writeToken, Waive, new { input = new { planId, expectedVersion = 1, requirementKey = key, reason = " " } });
        Assert.Equal(1, await VersionAsync(student));
        var waived = await GraphQLAsync(writeToken, Waive, input);
        var again = await GraphQLAsync(writeToken, Waive, input);

        Assert.Equal("READ_ONLY_TOKEN", read.FirstCode);
        Assert.Equal("NOT_FOUND", foreign.FirstCode);
        Assert.Equal("FORBIDDEN", advisor.FirstCode);
        Assert.Equal("INVALID", unknown.FirstCode);
        Assert.Contains("no-such-requirement", unknown.FirstError, StringComparison.Ordinal);
        Assert.Equal("INVALID", noReason.FirstCode);
        Assert.True(waived.Errors is null, waived.Text);
        var plan = waived.Data!["waiveRequirement"]!["plan"]!;
        Assert.Equal(2, plan["versionNumber"]!.GetValue<int>());
        var waiver = plan["waivers"]!["edges"]![0]!["node"]!;
        Assert.Equal((key, "District SIS (API token)", true), (waiver["requirementKey"]!.GetValue<string>(), waiver["byName"]!.GetValue<string>(), waiver["byApiToken"]!.GetValue<bool>()));
        Assert.Equal(waived.Data!["waiveRequirement"]!["itemId"]!.GetValue<string>(), waiver["id"]!.GetValue<string>());
        Assert.Equal("District SIS (API token)", plan["versions"]!["edges"]![0]!["node"]!["savedBy"]!.GetValue<string>());
        Assert.Equal("INVALID", again.FirstCode);
        Assert.Contains("already waived", again.FirstError, StringComparison.Ordinal);
        var (_, history) = await GetAsync($"/app/pathways/plans/{planGuid}/history", student);
        Assert.Contains("saved by District SIS (API token)", WebUtility.HtmlDecode(history), StringComparison.Ordinal);
        Assert.Equal(2, await VersionAsync(student));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ChangeAsync(string caller, string mutation, string inputType, object input)
    {
        var answer = await GraphQLAsync(caller, $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {Payload} }} }}", new { input });
        Assert.True(answer.Errors is null, answer.Text);
        return answer.Data![mutation]!;
    }

    private string Day(int fromToday) =>
        DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> OwnPlanIdAsync(string session) =>
        (await GraphQLAsync(session, "{ viewer { plan { id } } }")).Data!["viewer"]!["plan"]!["id"]!.GetValue<string>();

    private async Task<int> VersionAsync(string session) =>
        (await GraphQLAsync(session, "{ viewer { plan { versionNumber } } }")).Data!["viewer"]!["plan"]!["versionNumber"]!.GetValue<int>();

    private Task<HttpAnswer> GraphQLAsync(string caller, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, caller, query, variables);
}
