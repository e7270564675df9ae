using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Grading;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Grading;

/// <summary>
/// Issue 12, items 1 and 2: a release is the school core's, called with a plain viewer and answered with data (who, and the
/// gradebook column or why none); the page composes the words, and each action of the page posts to a route of its own.
/// </summary>
public sealed class GradingCoreTests : IAsyncLifetime, IDisposable
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
    public async Task The_core_releases_for_a_teacher_viewer_and_answers_with_who_was_released_and_the_gradebook_column()
    {
        var student = await scenario.UserIdAsync(scenario.StudentSubject);

        var released = await ReleaseAsync(await scenario.ViewerAsync("teacher"), new GradeDraft(student, "17", "Clear."));

        Assert.True(released.Succeeded);
        Assert.Equal([SandboxCourse.Find("student")!.Name], released.Value.StudentNames);
        Assert.NotNull(released.Value.Column.Url);
        Assert.Null(released.Value.Column.Missing);
        Assert.Single(await scenario.OutboxAsync());
    }

    [Fact]
    public async Task The_core_refuses_a_student_viewer_with_the_sentence_the_page_shows()
    {
        var student = await scenario.UserIdAsync(scenario.StudentSubject);

        var released = await ReleaseAsync(await scenario.ViewerAsync("student"), new GradeDraft(student, "20", ""));

        Assert.Equal(RefusalCode.Forbidden, released.Refusal?.Code);
        Assert.Equal("Only teachers of this course can release grades.", released.Refusal?.Sentence);
        Assert.Empty(await scenario.OutboxAsync());
    }

    [Fact]
    public async Task A_link_without_a_gradebook_column_is_released_with_the_reason_as_data_and_the_page_says_it()
    {
        var student = await scenario.UserIdAsync(scenario.StudentSubject);
        var teacher = await scenario.ViewerAsync("teacher");
        var token = await scenario.LaunchAsync("teacher");
        await WithoutGradebookAsync();

        var released = await ReleaseAsync(teacher, new GradeDraft(student, "12", ""));
        Assert.Equal(MissingColumnReason.NotOffered, released.Value?.Column.Missing);

        var page = await scenario.OpenAsync(token);
        var (status, html) = await scenario.PostAsync(page, $"release/{student}", new Dictionary<string, string> { ["points-" + student] = "13" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(
            $"Released to {SandboxCourse.Find("student")!.Name}. The LMS gave this link no gradebook column, so grades stay in LtiPathways and are not sent to the LMS.",
            WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Empty(await scenario.OutboxAsync());
    }

    [Fact]
    public async Task Each_action_of_the_assignment_page_posts_to_its_own_route_and_the_old_shared_one_takes_none()
    {
        var student = await scenario.UserIdAsync(scenario.StudentSubject);
        var page = await scenario.OpenAsync(await scenario.LaunchAsync("teacher"));

        Assert.Contains($"formaction=\"/app/grading/release/{student}#notice-region\"", page, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/app/grading/release-all#notice-region\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"release\"", page, StringComparison.Ordinal);
        using var old = await scenario.Browser.PostAsync("/app/grading", new FormUrlEncodedContent(
            PageForm.Fields(page, [KeyValuePair.Create("release", student.ToString()), KeyValuePair.Create("points-" + student, "17")])));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, old.StatusCode);
        Assert.Empty(await scenario.OutboxAsync());
    }

    private async Task<Outcome<GradesReleased>> ReleaseAsync(Viewer viewer, GradeDraft draft)
    {
        using var scope = factory.Services.CreateScope();
        var launched = await scope.ServiceProvider.GetRequiredService<LaunchedAssignments>().FindAsync(viewer, CancellationToken.None);
        Assert.NotNull(launched);
        return await scope.ServiceProvider.GetRequiredService<GradeRelease>().ReleaseAsync(launched, viewer, [draft], CancellationToken.None);
    }

    private async Task WithoutGradebookAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        await db.ResourceLinks.ExecuteUpdateAsync(set => set.SetProperty(l => l.LineItemUrl, (string?)null));
        await db.Courses.ExecuteUpdateAsync(set => set.SetProperty(c => c.LineItemsUrl, (string?)null));
    }
}
