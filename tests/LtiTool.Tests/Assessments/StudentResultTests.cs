using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class StudentResultTests : IAsyncLifetime, IDisposable
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
    public async Task The_student_sees_the_rubric_in_advance_then_only_the_released_result_with_comments()
    {
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        var before = await harness.OpenAsync(await harness.Scenario.LaunchAsync("student"));
        Assert.Contains("How your work will be marked", before, StringComparison.Ordinal);
        Assert.Contains("Not graded yet.", before, StringComparison.Ordinal);

        var token = await harness.TeacherAsync();
        var saved = await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());
        var draftOnly = await harness.OpenAsync(await harness.Scenario.LaunchAsync("student"));
        Assert.Contains("Not graded yet.", draftOnly, StringComparison.Ordinal);

        await harness.ReleaseAsync(token, student);
        var version = saved.Body.GetProperty("version").GetGuid();
        await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks("An unreleased second thought."));

        var after = await harness.OpenAsync(await harness.Scenario.LaunchAsync("student"));
        Assert.Contains("<strong>16.67</strong> out of 20", after, StringComparison.Ordinal);
        Assert.Contains("Exemplary care with the lathe.", after, StringComparison.Ordinal);
        Assert.Contains("Reliable and safe; keep talking to the team.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("An unreleased second thought.", after, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, version);
    }

    [Fact]
    public async Task A_student_cannot_save_marks_for_anyone_and_gets_their_own_printable_feedback_only()
    {
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        var token = await harness.Scenario.LaunchAsync("student");

        var (status, _) = await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());
        Assert.Equal(HttpStatusCode.Forbidden, status);

        using var response = await harness.Scenario.Browser.GetAsync($"/app/assessments/feedback?student={Guid.NewGuid()}&session={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Feedback for <strong>Jordan Lee</strong>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_is_rfc_4180_with_a_row_per_student()
    {
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        var token = await harness.TeacherAsync();
        await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks("Safe, \"reliable\", and kind."));

        using var response = await harness.Scenario.Browser.GetAsync($"/app/assessments/export.csv?session={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n");
        Assert.StartsWith("Student,Status,Rubric version,Attendance and punctuality,Safety and care of equipment,", lines[0], StringComparison.Ordinal);
        Assert.Contains("Jordan Lee,Draft,1,3,8,3,2,4,20,24,16.67,20,\"Safe, \"\"reliable\"\", and kind.\",", csv, StringComparison.Ordinal);
        Assert.Contains("Amara Abebe,Not marked", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }
}
