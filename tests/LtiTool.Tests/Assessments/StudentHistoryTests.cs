using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class StudentHistoryTests : IAsyncLifetime, IDisposable
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
    public async Task The_history_csv_lists_only_released_results_with_the_rubric_version_and_points()
    {
        var token = await harness.TeacherAsync();
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        var teacher = new LibraryClient(harness, token);
        await harness.OpenAsync(token);
        await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());

        var (_, before) = await teacher.GetAsync($"/app/assessments/history.csv?student={student}");
        await harness.ReleaseAsync(token, student);
        var (status, csv) = await teacher.GetAsync($"/app/assessments/history.csv?student={student}");

        Assert.Single(before.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(HttpStatusCode.OK, status);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Student,Assignment,Rubric,Version,Total,Maximum,LMS points,Points possible,Released", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",1,20,24,16.67,20,", lines[1], StringComparison.Ordinal);
        Assert.Contains("Service learning reflection", (await teacher.PageAsync($"/app/assessments/history?student={student}")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/app/assessments/history?student={Guid.NewGuid()}")).Status);
    }
}
