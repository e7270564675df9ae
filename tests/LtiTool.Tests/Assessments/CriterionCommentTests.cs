using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>Teachers often write a criterion's comment before choosing its level; that comment must never be lost.</summary>
public sealed partial class CriterionCommentTests : IAsyncLifetime, IDisposable
{
    private const string Comment = "Kept the lathe guard down every time";

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

    private static object CommentOnly(string criterion = "safety", string comment = Comment) =>
        new { items = new[] { new { criterion, comment } } };

    /// <summary>GoodMarks' levels, with safety's comment and, until it is chosen, no level for safety.</summary>
    private static object AllButSafety(string? safetyLevel = null) => new
    {
        items = new object[]
        {
            new { criterion = "punctuality", level = "punctuality-3" },
            new { criterion = "safety", level = safetyLevel, comment = Comment },
            new { criterion = "teamwork", level = "teamwork-3" },
            new { criterion = "communication", level = "communication-2" },
            new { criterion = "initiative", level = "initiative-4" },
        },
    };

    [Fact]
    public async Task A_comment_saved_before_any_level_is_stored_unscored_and_shown_again_after_reload()
    {
        var token = await harness.TeacherAsync();
        var student = await StudentAsync();

        var (status, body) = await harness.DraftAsync(token, student, null, CommentOnly());

        Assert.Equal(HttpStatusCode.OK, status);
        var score = body.GetProperty("score");
        Assert.Equal(0m, score.GetProperty("total").GetDecimal());
        Assert.False(score.GetProperty("complete").GetBoolean());
        Assert.Equal(5, score.GetProperty("unscored").GetArrayLength());
        var stored = await harness.QueryAsync(db => db.RubricAssessments.SingleAsync());
        Assert.Contains(Comment, stored.SelectionsJson, StringComparison.Ordinal);
        var page = await harness.OpenAsync(token, $"&student={student}");
        Assert.Contains($"<textarea name=\"k-safety\" rows=\"2\">{Comment}</textarea>", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(CheckedSafetyLevel(), page);
        Assert.Contains("5 criteria still to mark", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_the_level_after_the_comment_keeps_both()
    {
        var token = await harness.TeacherAsync();
        var student = await StudentAsync();
        var first = await harness.DraftAsync(token, student, null, CommentOnly());

        var (status, body) = await harness.DraftAsync(token, student, first.Body.GetProperty("version").GetGuid(),
            new { items = new[] { new { criterion = "safety", level = "safety-4", comment = Comment } } });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(8m, body.GetProperty("score").GetProperty("total").GetDecimal());
        var page = await harness.OpenAsync(token, $"&student={student}");
        Assert.Contains("value=\"safety-4\" checked", page, StringComparison.Ordinal);
        Assert.Contains($"<textarea name=\"k-safety\" rows=\"2\">{Comment}</textarea>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_is_refused_while_a_criterion_has_only_its_comment_and_the_comment_is_kept()
    {
        var token = await harness.TeacherAsync();
        var student = await StudentAsync();
        await harness.DraftAsync(token, student, null, AllButSafety());

        var (status, html) = await harness.ReleaseAsync(token, student);
        var releaseAll = await harness.PostAsync(await harness.OpenAsync(token), "release-all");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Mark every criterion before releasing; the LMS only gets complete marks.", html, StringComparison.Ordinal);
        Assert.Contains("None of the marks are complete; 1 still have criteria to mark.", releaseAll.Html, StringComparison.Ordinal);
        Assert.Empty(await harness.Scenario.OutboxAsync());
        Assert.Contains($"<textarea name=\"k-safety\" rows=\"2\">{Comment}</textarea>", html, StringComparison.Ordinal);
        Assert.Contains(Comment, (await harness.QueryAsync(db => db.RubricAssessments.SingleAsync())).SelectionsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_written_first_reaches_the_student_and_the_lms_once_the_level_is_chosen_and_released()
    {
        var token = await harness.TeacherAsync();
        var student = await StudentAsync();
        var first = await harness.DraftAsync(token, student, null, AllButSafety());
        await harness.DraftAsync(token, student, first.Body.GetProperty("version").GetGuid(), AllButSafety("safety-4"));

        var (status, _) = await harness.ReleaseAsync(token, student);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Safety and care of equipment: {Comment}", Assert.Single(await harness.Scenario.OutboxAsync()).SentDocument(), StringComparison.Ordinal);
        var studentToken = await harness.Scenario.LaunchAsync("student");
        var released = await harness.OpenAsync(studentToken);
        using var feedback = await harness.Scenario.Browser.GetAsync($"/app/assessments/feedback?session={Uri.EscapeDataString(studentToken)}");
        var printable = await feedback.Content.ReadAsStringAsync();
        foreach (var view in new[] { released, printable })
        {
            Assert.Contains($"<td>{Comment}</td>", view, StringComparison.Ordinal);
            Assert.Equal(4, EmptyCommentCell().Matches(view).Count); // the other four criteria have no comment, and show none
            Assert.DoesNotContain("Not marked", view, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("name=\"c-safety\" value=\"[^\"]+\" checked")]
    private static partial Regex CheckedSafetyLevel();

    [GeneratedRegex(@"</td>\s*<td></td>\s*</tr>")]
    private static partial Regex EmptyCommentCell();
}
