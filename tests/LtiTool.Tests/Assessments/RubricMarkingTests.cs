using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class RubricMarkingTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AssessmentHarness harness = default!;

    public async Task InitializeAsync() => harness = await AssessmentHarness.StartAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        harness.Dispose();
        factory.Dispose();
    }

    private Task<Guid> StudentAsync() => harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);

    [Fact]
    public async Task The_teacher_opens_the_rubric_grading_view_with_every_student_and_radio_groups_per_criterion()
    {
        var page = await harness.OpenAsync(await harness.TeacherAsync());

        Assert.Contains("CTE Employability Skills", page, StringComparison.Ordinal);
        Assert.Contains("Amara Abebe", page, StringComparison.Ordinal);
        Assert.Contains("Jordan Lee", page, StringComparison.Ordinal);
        Assert.Contains("type=\"radio\" name=\"c-safety\" value=\"safety-4\"", page, StringComparison.Ordinal);
        Assert.Equal(1, await harness.QueryAsync(db => db.Rubrics.CountAsync()));
    }

    [Fact]
    public async Task An_autosave_scores_with_the_rubric_returns_a_new_version_and_the_page_shows_the_marks_again()
    {
        var token = await harness.TeacherAsync();
        var student = await StudentAsync();

        var (status, body) = await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(20m, body.GetProperty("score").GetProperty("total").GetDecimal());
        Assert.Equal(16.67m, body.GetProperty("score").GetProperty("lmsPoints").GetDecimal());
        var version = body.GetProperty("version").GetGuid();
        var page = await harness.OpenAsync(token, $"&student={student}");
        Assert.Contains($"data-version=\"{version}\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"safety-4\" checked", page, StringComparison.Ordinal);
        Assert.Contains("sends 16.67 of 20 to the LMS", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_outside_the_rubric_is_refused_with_a_sentence_and_nothing_is_stored()
    {
        var (status, body) = await harness.DraftAsync(await harness.TeacherAsync(), await StudentAsync(), null,
            new { items = new[] { new { criterion = "safety", level = "safety-9" } } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("has no level 'safety-9'", body.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await harness.QueryAsync(db => db.RubricAssessments.CountAsync()));
    }

    [Fact]
    public async Task A_stale_save_is_a_409_with_both_versions_and_the_losing_marks_are_kept()
    {
        var student = await StudentAsync();
        var first = await harness.DraftAsync(await harness.TeacherAsync(), student, null, AssessmentHarness.GoodMarks("First marker's view."));
        var (status, body) = await harness.DraftAsync(await harness.TeacherAsync(), student, null, AssessmentHarness.GoodMarks("Second marker's view."));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(first.Body.GetProperty("version").GetGuid(), body.GetProperty("theirs").GetProperty("version").GetGuid());
        Assert.Equal("First marker's view.", body.GetProperty("theirs").GetProperty("marks").GetProperty("overallComment").GetString());
        Assert.Equal("Second marker's view.", body.GetProperty("yours").GetProperty("marks").GetProperty("overallComment").GetString());
        var stored = await harness.QueryAsync(db => db.RubricAssessments.SingleAsync());
        Assert.Equal("First marker's view.", stored.OverallComment);
        var kept = await harness.QueryAsync(db => db.AssessmentHistory.SingleAsync());
        Assert.Equal("Second marker's view.", kept.OverallComment);
        Assert.Equal("conflict", kept.Reason);
    }

    [Fact]
    public async Task Release_writes_the_grade_and_an_outbox_score_with_the_rubric_points_and_the_comment()
    {
        var token = await harness.TeacherAsync();
        var student = await StudentAsync();
        await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());

        var (status, html) = await harness.ReleaseAsync(token, student);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("on its way to the LMS gradebook", html, StringComparison.Ordinal);
        var entry = Assert.Single(await harness.Scenario.OutboxAsync());
        Assert.Contains("\"scoreGiven\":16.67", entry.SentDocument(), StringComparison.Ordinal);
        Assert.Contains("\"scoreMaximum\":20", entry.SentDocument(), StringComparison.Ordinal);
        Assert.Contains("\"gradingProgress\":\"FullyGraded\"", entry.SentDocument(), StringComparison.Ordinal);
        Assert.Contains("Exemplary care with the lathe.", entry.SentDocument(), StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Released, (await harness.QueryAsync(db => db.RubricAssessments.SingleAsync())).Status);
        await harness.Scenario.Worker.DeliverDueAsync();
        Assert.Contains("\"scoreGiven\":16.67", Assert.Single(harness.Scenario.Gradebook.Scores).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incomplete_marks_are_not_released()
    {
        var token = await harness.TeacherAsync();
        var student = await StudentAsync();
        await harness.DraftAsync(token, student, null, new { items = new[] { new { criterion = "safety", level = "safety-4" } } });

        var (status, html) = await harness.ReleaseAsync(token, student);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Mark every criterion before releasing", html, StringComparison.Ordinal);
        Assert.Empty(await harness.Scenario.OutboxAsync());
    }

    [Fact]
    public async Task A_regrade_sends_a_newer_timestamp()
    {
        var token = await harness.TeacherAsync();
        var student = await StudentAsync();
        var saved = await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());
        await harness.ReleaseAsync(token, student);
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var version = await harness.QueryAsync(db => db.RubricAssessments.Select(a => a.Version).SingleAsync());
        var again = await harness.DraftAsync(token, student, version, AssessmentHarness.GoodMarks("Regraded after a chat."));
        Assert.Equal(HttpStatusCode.OK, again.Status);

        await harness.ReleaseAsync(token, student);

        var entries = await harness.Scenario.OutboxAsync();
        Assert.Equal(2, entries.Count);
        Assert.True(entries[1].Timestamp > entries[0].Timestamp);
        Assert.Contains("Regraded after a chat.", entries[1].SentDocument(), StringComparison.Ordinal);
        Assert.NotEqual(saved.Body.GetProperty("version").GetGuid(), again.Body.GetProperty("version").GetGuid());
    }
}
