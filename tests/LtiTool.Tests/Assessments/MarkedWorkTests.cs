using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class MarkedWorkTests : IAsyncLifetime, IDisposable
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
    public async Task The_students_submitted_essay_is_shown_beside_the_rubric()
    {
        var token = await harness.TeacherAsync();
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwayGraphQL.Data.PathwaysDbContext>();
            var assignment = await db.Assignments.SingleAsync();
            db.Submissions.Add(new Submission
            {
                AssignmentId = assignment.Id, CourseId = assignment.CourseId, StudentUserId = student, Status = SubmissionStatus.Submitted,
                EssayHtml = "<p>My <strong>placement</strong> reflection.</p>", SubmittedAt = DateTime.UnixEpoch,
            });
            await db.SaveChangesAsync();
        }

        var page = await harness.OpenAsync(token, $"&student={student}");

        Assert.Contains("<p>My <strong>placement</strong> reflection.</p>", page, StringComparison.Ordinal);
        Assert.Contains("Open the submission", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_without_submitted_work_is_marked_against_nothing_submitted_yet()
    {
        var token = await harness.TeacherAsync();
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);

        var page = await harness.OpenAsync(token, $"&student={student}");

        Assert.Contains("Nothing submitted yet.", page, StringComparison.Ordinal);
    }
}
