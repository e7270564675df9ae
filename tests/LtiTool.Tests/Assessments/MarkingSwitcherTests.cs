using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>The rubric grading view's student switcher and its Release beside the total.</summary>
public sealed class MarkingSwitcherTests : IAsyncLifetime, IDisposable
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

    [Fact]
    public async Task Release_names_the_student_and_is_off_with_its_reason_until_there_are_marks_and_again_once_released()
    {
        var token = await harness.TeacherAsync();
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);

        var unmarked = PageButton.Find(await harness.OpenAsync(token, $"&student={student}"), "release-one");
        Assert.Equal(new PageButton("Release Jordan Lee's mark", true, "Nothing to release: no marks yet."), unmarked);

        var (_, saved) = await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());
        Assert.Equal("Draft", saved.GetProperty("status").GetString());
        var marked = PageButton.Find(await harness.OpenAsync(token, $"&student={student}"), "release-one");
        Assert.Equal(new PageButton("Release Jordan Lee's mark", false, null), marked);

        var (_, afterRelease) = await harness.ReleaseAsync(token, student);
        Assert.Contains("Released to Jordan Lee", afterRelease, StringComparison.Ordinal);
        Assert.Equal(new PageButton("Release Jordan Lee's mark", true, "Released; change a mark to release it again."), PageButton.Find(afterRelease, "release-one"));
    }

    [Fact]
    public async Task The_switcher_finds_a_student_by_part_of_the_name_and_filters_by_handed_in_work()
    {
        var token = await harness.TeacherAsync();
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);

        var nobody = await harness.OpenAsync(token, "&show=HandedIn");
        // The teacher's launch may have synced the sandbox roster meanwhile, so the course holds 1 or 120 students.
        Assert.Matches(@"0 of \d+ students shown · 0 handed in", nobody);
        Assert.Contains("No student matches", nobody, StringComparison.Ordinal);

        await harness.QueryAsync(async db =>
        {
            var assignment = await db.Assignments.SingleAsync();
            db.Submissions.Add(new Submission
            {
                AssignmentId = assignment.Id, CourseId = assignment.CourseId, StudentUserId = student, Status = SubmissionStatus.Submitted,
                EssayHtml = "<p>Reflection.</p>", SubmittedAt = DateTime.UnixEpoch,
            });
            return await db.SaveChangesAsync();
        });

        var handedIn = WebUtility.HtmlDecode(await harness.OpenAsync(token, "&show=HandedIn&q=jor"));
        Assert.Matches(@"1 of \d+ students shown · 1 handed in", handedIn);
        Assert.Contains("Handed in · Not marked", handedIn, StringComparison.Ordinal);
        Assert.Contains("data-now-marking=\"Now marking Jordan Lee, 1 of 1", handedIn, StringComparison.Ordinal);
    }
}
