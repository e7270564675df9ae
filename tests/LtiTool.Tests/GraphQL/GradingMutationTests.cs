using LtiPathways.LtiTool.Tests.Assessments;
using LtiPathways.PathwayGraphQL.Data.Api;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>Marking and releasing through the API: the same services and the same outbox as the marking page.</summary>
public sealed class GradingMutationTests : IAsyncLifetime, IDisposable
{
    private const string Save = """
        mutation($input: SaveAssessmentInput!) { saveAssessment(input: $input) { assessment { id version total lmsPoints releaseState } } }
        """;

    private const string Release = """
        mutation($input: ReleaseAssessmentsInput!) { releaseAssessments(input: $input) { released leftAsDrafts sentToGradebook } }
        """;

    private GradingScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await GradingScenario.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task Marks_saved_and_released_through_the_api_reach_the_lms_gradebook_exactly_once()
    {
        var teacher = await scenario.SessionAsync("teacher");
        var token = await scenario.TokenAsync(ApiTokenScope.Write);
        var assignment = await scenario.AssignmentIdAsync(token);
        var student = (await scenario.PostAsync(await scenario.SessionAsync("student"), "{ viewer { person { id } } }"))
            .Data!["viewer"]!["person"]!["id"]!.GetValue<string>();

        var saved = await scenario.PostAsync(token, Save, new { input = new { assignmentId = assignment, studentId = student, overallComment = "Reliable and safe.", marks = Marks() } });
        Assert.True(saved.Errors is null, saved.Text);
        Assert.Equal(16.67m, saved.Data!["saveAssessment"]!["assessment"]!["lmsPoints"]!.GetValue<decimal>());
        var stale = await scenario.PostAsync(teacher, Save, new { input = new { assignmentId = assignment, studentId = student, marks = Marks() } });
        Assert.Equal("CONFLICT", stale.FirstCode);

        var released = await scenario.PostAsync(teacher, Release, new { input = new { assignmentId = assignment, studentIds = new[] { student } } });
        Assert.True(released.Errors is null, released.Text);
        Assert.True(released.Data!["releaseAssessments"]!["sentToGradebook"]!.GetValue<bool>());
        await scenario.Ags.Worker.DeliverDueAsync();
        await scenario.Ags.Worker.DeliverDueAsync();

        var score = Assert.Single(scenario.Ags.Gradebook.Scores);
        Assert.Contains("\"scoreGiven\":16.67", score.Json, StringComparison.Ordinal);
        Assert.Equal(1, scenario.Ags.ScorePosts);
    }

    [Fact]
    public async Task No_token_and_no_student_releases_marks_and_nothing_is_queued()
    {
        var teacher = await scenario.SessionAsync("teacher");
        var assignment = await scenario.AssignmentIdAsync(teacher);
        var jordan = await scenario.UserIdAsync("student");
        await scenario.Marking.DraftAsync(teacher, jordan, null, AssessmentHarness.GoodMarks());

        var readOnly = await scenario.PostAsync(await scenario.TokenAsync(), Release, new { input = new { assignmentId = assignment } });
        var write = await scenario.PostAsync(await scenario.TokenAsync(ApiTokenScope.Write), Release, new { input = new { assignmentId = assignment } });
        var student = await scenario.PostAsync(await scenario.SessionAsync("student"), Release, new { input = new { assignmentId = assignment } });

        Assert.Equal("READ_ONLY_TOKEN", readOnly.FirstCode);
        Assert.Equal("FORBIDDEN", write.FirstCode);
        Assert.Contains("when a teacher of the course releases them", write.FirstError, StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", student.FirstCode);
        Assert.Empty(await scenario.Ags.OutboxAsync());
    }

    private static object[] Marks() =>
    [
        new { criterion = "punctuality", level = "punctuality-3" },
        new { criterion = "safety", level = "safety-4", comment = "Exemplary care with the lathe." },
        new { criterion = "teamwork", level = "teamwork-3" },
        new { criterion = "communication", level = "communication-2" },
        new { criterion = "initiative", level = "initiative-4" },
    ];
}
