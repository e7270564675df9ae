using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Assessments;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// Assignments, submissions, assessments and grade deliveries through the API, per role, as the pages show them: Jordan's
/// marks released, Amara's marked but not released, Jordan's and Ben's work handed in, Amara's a draft.
/// </summary>
public sealed class GradingQueryTests : IAsyncLifetime, IDisposable
{
    private const string Work = """
        query($id: ID!) { node(id: $id) { ... on Assignment { title pointsPossible
          submissions { totalCount edges { node { id student { name } state attempt parts wordCount files { name part role size link { url expiresAt } } } } }
          assessments { totalCount edges { node { id version student { name } kind releaseState total lmsPoints complete overallComment
            criterionScores { criterionId levelKey points comment } } } }
          gradeDeliveries { totalCount edges { node { student { name } status scoreGiven scoreMaximum graded reason } } } } } }
        """;

    private GradingScenario scenario = default!;
    private string teacher = "";
    private string assignmentId = "";

    public async Task InitializeAsync()
    {
        scenario = await GradingScenario.StartAsync();
        teacher = await scenario.SessionAsync("teacher");
        var jordan = await scenario.UserIdAsync("student");
        var amara = await scenario.RosterStudentAsync("Amara Abebe");
        var ben = await scenario.RosterStudentAsync("Ben Brown");
        await scenario.SubmissionAsync(jordan, SubmissionStatus.Submitted, "Four words of reflection.", withFile: true);
        await scenario.SubmissionAsync(amara, SubmissionStatus.Draft);
        await scenario.SubmissionAsync(ben, SubmissionStatus.Submitted);
        await scenario.Marking.DraftAsync(teacher, jordan, null, AssessmentHarness.GoodMarks());
        await scenario.Marking.DraftAsync(teacher, amara, null, AssessmentHarness.GoodMarks("Amara's unreleased marks."));
        await scenario.Marking.ReleaseAsync(teacher, jordan);
        assignmentId = await scenario.AssignmentIdAsync(teacher);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task A_teacher_reads_every_students_work_marks_and_the_score_on_its_way_to_the_gradebook()
    {
        var assignment = await WorkAsync(teacher);

        Assert.Equal("Service learning reflection", assignment["title"]!.GetValue<string>());
        Assert.Equal(["Amara Abebe", "Ben Brown", "Jordan Lee"], Names(assignment["submissions"]!));
        var jordan = Nodes(assignment["submissions"]!).Single(s => s["student"]!["name"]!.GetValue<string>() == "Jordan Lee");
        Assert.Equal("SUBMITTED", jordan["state"]!.GetValue<string>());
        Assert.Equal(["ESSAY", "VIDEO"], jordan["parts"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(4, jordan["wordCount"]!.GetValue<int>());
        Assert.Equal(["Amara Abebe", "Jordan Lee"], Names(assignment["assessments"]!));
        var marks = Nodes(assignment["assessments"]!).ToDictionary(a => a["student"]!["name"]!.GetValue<string>());
        Assert.Equal("RELEASED", marks["Jordan Lee"]["releaseState"]!.GetValue<string>());
        Assert.Equal("NOT_RELEASED", marks["Amara Abebe"]["releaseState"]!.GetValue<string>());
        Assert.Equal(20m, marks["Jordan Lee"]["total"]!.GetValue<decimal>());
        Assert.Equal(16.67m, marks["Jordan Lee"]["lmsPoints"]!.GetValue<decimal>());
        var safety = marks["Jordan Lee"]["criterionScores"]!.AsArray().Single(c => c!["criterionId"]!.GetValue<string>() == "safety")!;
        Assert.Equal("Exemplary care with the lathe.", safety["comment"]!.GetValue<string>());
        Assert.Equal(8m, safety["points"]!.GetValue<decimal>());
        var delivery = Assert.Single(Nodes(assignment["gradeDeliveries"]!), d => d["graded"]!.GetValue<bool>());
        Assert.Equal(("Jordan Lee", "QUEUED", 16.67m, 20m), (delivery["student"]!["name"]!.GetValue<string>(), delivery["status"]!.GetValue<string>(),
            delivery["scoreGiven"]!.GetValue<decimal>(), delivery["scoreMaximum"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task A_student_reads_only_their_own_work_and_released_marks()
    {
        var assignment = await WorkAsync(await scenario.SessionAsync("student"));

        Assert.Equal(["Jordan Lee"], Names(assignment["submissions"]!));
        Assert.Equal(1, assignment["submissions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["Jordan Lee"], Names(assignment["assessments"]!));
        Assert.All(Nodes(assignment["gradeDeliveries"]!), d => Assert.Equal("Jordan Lee", d["student"]!["name"]!.GetValue<string>()));
        Assert.DoesNotContain("Amara", assignment.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_sees_the_released_marks_not_a_teachers_later_draft()
    {
        var jordan = await scenario.UserIdAsync("student");
        var current = Nodes((await WorkAsync(teacher))["assessments"]!).Single(a => a["student"]!["name"]!.GetValue<string>() == "Jordan Lee");
        var baseVersion = Guid.ParseExact(current["version"]!.GetValue<string>(), "N");
        var changed = await scenario.Marking.DraftAsync(teacher, jordan, baseVersion, new
        {
            overallComment = "An unreleased second thought.",
            items = new object[] { new { criterion = "safety", level = "safety-1" } },
        });
        Assert.Equal(HttpStatusCode.OK, changed.Status);

        var theirs = Nodes((await WorkAsync(await scenario.SessionAsync("student")))["assessments"]!).Single();
        var teachers = Nodes((await WorkAsync(teacher))["assessments"]!).Single(a => a["id"]!.GetValue<string>() == theirs["id"]!.GetValue<string>());

        Assert.Equal("RELEASED", theirs["releaseState"]!.GetValue<string>());
        Assert.Equal(16.67m, theirs["lmsPoints"]!.GetValue<decimal>());
        Assert.Equal(current["overallComment"]!.GetValue<string>(), theirs["overallComment"]!.GetValue<string>());
        Assert.Equal("CHANGED_SINCE_RELEASE", teachers["releaseState"]!.GetValue<string>());
        Assert.Equal("An unreleased second thought.", teachers["overallComment"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mentor_reads_their_mentees_handed_in_work_and_released_marks_only()
    {
        var assignment = await WorkAsync(await scenario.SessionAsync("mentor"));

        Assert.Equal(["Jordan Lee"], Names(assignment["submissions"]!));
        Assert.Equal(["Jordan Lee"], Names(assignment["assessments"]!));
        Assert.Equal("RELEASED", Nodes(assignment["assessments"]!).Single()["releaseState"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_api_token_reads_its_institution_and_the_other_institution_finds_none_of_it()
    {
        var token = await scenario.TokenAsync();
        var assignment = await WorkAsync(token);
        Assert.Equal(3, assignment["submissions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, assignment["assessments"]!["totalCount"]!.GetValue<int>());
        var seen = new[] { assignmentId, Nodes(assignment["submissions"]!).First()["id"]!.GetValue<string>(),
            Nodes(assignment["assessments"]!).First()["id"]!.GetValue<string>() };

        var otherToken = await scenario.Api.ApiTokenAsync(SandboxPlatform.SecondDeploymentId);
        var otherTeacher = await scenario.Api.SessionAsync("teacher", SandboxPlatform.SecondDeploymentId);
        foreach (var caller in new[] { otherToken, otherTeacher })
        {
            var courses = await scenario.PostAsync(caller, "{ courses { edges { node { assignments { totalCount } } } } }");
            Assert.All(courses.Data!["courses"]!["edges"]!.AsArray(), c => Assert.Equal(0, c!["node"]!["assignments"]!["totalCount"]!.GetValue<int>()));
            foreach (var id in seen)
            {
                var answer = await scenario.PostAsync(caller, Work, new { id });
                Assert.Equal("NOT_FOUND", answer.FirstCode);
                Assert.Null(answer.Data!["node"]);
            }
        }
    }

    [Fact]
    public async Task Submissions_assessments_and_rubrics_are_found_again_by_id_by_those_who_may_see_them_only()
    {
        const string Node = """
            query($id: ID!) { node(id: $id) { id ... on Submission { student { name } state } ... on Assessment { student { name } releaseState }
              ... on Rubric { title } } }
            """;
        const string Library = "{ courses(first: 2) { edges { node { rubrics(first: 1) { edges { node { id } } } } } } }";
        var assignment = await WorkAsync(teacher);
        var amaraSubmission = Nodes(assignment["submissions"]!).Single(s => s["student"]!["name"]!.GetValue<string>() == "Amara Abebe")["id"]!.GetValue<string>();
        var jordanMarks = Nodes(assignment["assessments"]!).Single(a => a["student"]!["name"]!.GetValue<string>() == "Jordan Lee")["id"]!.GetValue<string>();
        var amaraMarks = Nodes(assignment["assessments"]!).Single(a => a["student"]!["name"]!.GetValue<string>() == "Amara Abebe")["id"]!.GetValue<string>();
        var rubric = (await scenario.PostAsync(teacher, Library)).Data!["courses"]!["edges"]!.AsArray()
            .SelectMany(c => c!["node"]!["rubrics"]!["edges"]!.AsArray()).Single()!["node"]!["id"]!.GetValue<string>();
        var token = await scenario.TokenAsync();

        foreach (var caller in new[] { teacher, token })
        {
            Assert.Equal("Amara Abebe", (await NodeAsync(caller, amaraSubmission))["student"]!["name"]!.GetValue<string>());
            Assert.Equal("NOT_RELEASED", (await NodeAsync(caller, amaraMarks))["releaseState"]!.GetValue<string>());
            Assert.Equal("CTE Employability Skills", (await NodeAsync(caller, rubric))["title"]!.GetValue<string>());
        }

        var student = await scenario.SessionAsync("student");
        Assert.Equal("RELEASED", (await NodeAsync(student, jordanMarks))["releaseState"]!.GetValue<string>());
        var otherToken = await scenario.Api.ApiTokenAsync(SandboxPlatform.SecondDeploymentId);
        var otherTeacher = await scenario.Api.SessionAsync("teacher", SandboxPlatform.SecondDeploymentId);
        foreach (var (caller, id) in new[] { (student, amaraSubmission), (student, amaraMarks), (student, rubric),
            (otherToken, amaraSubmission), (otherToken, jordanMarks), (otherToken, rubric), (otherTeacher, amaraSubmission), (otherTeacher, jordanMarks) })
        {
            var answer = await scenario.PostAsync(caller, Node, new { id });
            Assert.Equal((HttpStatusCode.OK, "NOT_FOUND"), (answer.Status, answer.FirstCode));
            Assert.Null(answer.Data!["node"]);
        }

        async Task<JsonNode> NodeAsync(string caller, string id)
        {
            var answer = await scenario.PostAsync(caller, Node, new { id });
            Assert.True(answer.Errors is null, answer.Text);
            Assert.Equal(id, answer.Data!["node"]!["id"]!.GetValue<string>());
            return answer.Data!["node"]!;
        }
    }

    [Fact]
    public async Task A_submissions_file_has_a_signed_link_that_opens_it_and_a_changed_link_is_refused()
    {
        var assignment = await WorkAsync(teacher);
        var file = Nodes(assignment["submissions"]!).SelectMany(s => s["files"]!.AsArray()).Single()!;
        Assert.Equal(("lathe.mp4", "VIDEO", "ORIGINAL", 1234), (file["name"]!.GetValue<string>(), file["part"]!.GetValue<string>(),
            file["role"]!.GetValue<string>(), file["size"]!.GetValue<int>()));
        var url = new Uri(file["link"]!["url"]!.GetValue<string>());
        Assert.True(DateTimeOffset.Parse(file["link"]!["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow);

        using var opened = await scenario.Api.Client.GetAsync(url.PathAndQuery);
        using var changed = await scenario.Api.Client.GetAsync(url.PathAndQuery.Replace("sig=", "sig=x", StringComparison.Ordinal));

        // The signature is accepted; the test stored no bytes, so the file itself is reported gone.
        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, changed.StatusCode);
    }

    [Fact]
    public async Task The_course_rubric_library_lists_versions_with_criteria_levels_and_points_for_teachers_only()
    {
        const string Library = "{ courses(first: 2) { edges { node { rubrics(first: 3) { totalCount edges { node { id title scope versions(first: 1) { edges { node { number kind maximumPoints criteria { id title maximumPoints levels { id points } } } } } } } } } } } }";

        var answer = await scenario.PostAsync(teacher, Library);
        var student = await scenario.PostAsync(await scenario.SessionAsync("student"), Library);
        Assert.True(answer.Errors is null, answer.Text);

        var rubric = answer.Data!["courses"]!["edges"]!.AsArray().Select(c => c!["node"]!["rubrics"]!).Single(r => r["totalCount"]!.GetValue<int>() > 0)["edges"]![0]!["node"]!;
        Assert.Equal("CTE Employability Skills", rubric["title"]!.GetValue<string>());
        var version = rubric["versions"]!["edges"]![0]!["node"]!;
        Assert.Equal((1, 24m), (version["number"]!.GetValue<int>(), version["maximumPoints"]!.GetValue<decimal>()));
        var safety = version["criteria"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "safety")!;
        Assert.Equal(8m, safety["maximumPoints"]!.GetValue<decimal>());
        Assert.Equal(8m, safety["levels"]!.AsArray().Max(l => l!["points"]!.GetValue<decimal>()));
        Assert.Equal("FORBIDDEN", student.FirstCode);
    }

    private async Task<JsonNode> WorkAsync(string token)
    {
        var answer = await scenario.PostAsync(token, Work, new { id = assignmentId });
        Assert.True(answer.Errors is null, answer.Text);
        return answer.Data!["node"]!;
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode connection) => connection["edges"]!.AsArray().Select(e => e!["node"]!);

    private static List<string> Names(JsonNode connection) =>
        Nodes(connection).Select(n => n["student"]!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
}
