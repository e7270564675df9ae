using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Grading;

public sealed class GradeReleaseTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AgsScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await AgsScenario.StartAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_released_grade_arrives_in_the_sandbox_gradebook_and_the_teacher_sees_it_sent()
    {
        var student = await scenario.UserIdAsync(scenario.StudentSubject);
        var (status, html) = await scenario.ReleaseAsync(student, "17.5", "Thoughtful and well argued.");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Queued", html, StringComparison.Ordinal);

        await scenario.Worker.DeliverDueAsync();

        var score = Assert.Single(scenario.Gradebook.Scores);
        Assert.Equal(scenario.StudentSubject, score.UserId);
        Assert.Contains("\"scoreGiven\":17.5", score.Json, StringComparison.Ordinal);
        Assert.Contains("\"scoreMaximum\":20", score.Json, StringComparison.Ordinal);
        Assert.Contains("\"gradingProgress\":\"FullyGraded\"", score.Json, StringComparison.Ordinal);
        Assert.Contains("\"activityProgress\":\"Completed\"", score.Json, StringComparison.Ordinal);
        Assert.Equal("application/vnd.ims.lis.v1.score+json", score.ContentType);
        var page = await scenario.OpenAsync(await scenario.LaunchAsync("teacher"));
        Assert.Contains(">Sent<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_student_sees_not_graded_yet_then_the_released_grade_and_comment()
    {
        var before = await scenario.OpenAsync(await scenario.LaunchAsync("student"));
        Assert.Contains("Not graded yet.", before, StringComparison.Ordinal);

        await scenario.ReleaseAsync(await scenario.UserIdAsync(scenario.StudentSubject), "18", "Great reflection.");

        var after = await scenario.OpenAsync(await scenario.LaunchAsync("student"));
        Assert.Contains("<strong>18</strong> out of 20", after, StringComparison.Ordinal);
        Assert.Contains("Great reflection.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_teacher_page_lists_roster_students_who_never_launched_and_not_the_staff()
    {
        // The teacher's launch syncs the sandbox roster, which lists generated students who never launch.
        var page = await scenario.OpenAsync(await scenario.LaunchAsync("teacher"));

        Assert.Contains("Amara Abebe", page, StringComparison.Ordinal);
        Assert.Contains("Jordan Lee", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Rivera</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Points_out_of_range_are_refused_with_a_sentence_and_nothing_is_queued()
    {
        var (status, html) = await scenario.ReleaseAsync(await scenario.UserIdAsync(scenario.StudentSubject), "25");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("must be a number between 0 and 20", html, StringComparison.Ordinal);
        Assert.Empty(await scenario.OutboxAsync());
    }

    [Fact]
    public async Task A_student_sees_no_grading_form()
    {
        var page = await scenario.OpenAsync(await scenario.LaunchAsync("student"));

        Assert.Contains("Student view", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan Lee</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_writes_the_grade_and_its_outbox_entry_together()
    {
        var student = await scenario.UserIdAsync(scenario.StudentSubject);
        await scenario.ReleaseAsync(student, "12");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var grade = await db.Grades.SingleAsync();
        var entry = await db.ScoreOutbox.SingleAsync();
        Assert.Equal(12m, grade.Points);
        Assert.NotNull(grade.ReleasedAt);
        Assert.Equal(ScoreDeliveryStatus.Queued, entry.Status);
        Assert.Equal(grade.AssignmentId, entry.AssignmentId);
        Assert.EndsWith("/lineitems/" + scenario.Placement.LineItemId, entry.LineItemUrl, StringComparison.Ordinal);
    }
}
