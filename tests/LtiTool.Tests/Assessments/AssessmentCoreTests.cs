using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assessments.Marking;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>
/// Issue 12, items 1 and 2: autosave is the school core's, answering saved, conflict or refusal as types (the page's JSON is
/// built from them), and the marking page's release, retry and moderation each post to a route of their own.
/// </summary>
public sealed class AssessmentCoreTests : IAsyncLifetime, IDisposable
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
    public async Task The_core_answers_a_save_with_its_version_and_a_stale_save_with_both_sides_as_a_conflict()
    {
        var teacher = await harness.Scenario.ViewerAsync("teacher");
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);

        var first = await SaveAsync(teacher, new DraftRequest(student, "Teacher", null, Marks("First marker's view.")));
        var stale = await SaveAsync(teacher, new DraftRequest(student, "Teacher", null, Marks("Second marker's view.")));

        var saved = Assert.IsType<DraftSaved>(first.Value);
        Assert.Equal(16.67m, saved.Score.LmsPoints);
        var conflict = Assert.IsType<DraftConflict>(stale.Value);
        Assert.Equal(saved.Version, conflict.Theirs.Version);
        Assert.Equal("Second marker's view.", conflict.Yours.Marks["overallComment"]?.GetValue<string>());
        Assert.StartsWith($"{SandboxCourse.Find("teacher")!.Name} saved these marks while you were marking.", conflict.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_core_refuses_a_student_viewer_teachers_marks_with_a_forbidden_refusal()
    {
        var student = await harness.Scenario.ViewerAsync("student");

        var refused = await SaveAsync(student, new DraftRequest(student.PersonId, "Teacher", null, Marks("Mine.")));

        Assert.Equal(RefusalCode.Forbidden, refused.Refusal?.Code);
    }

    [Fact]
    public async Task The_core_saves_marking_choices_only_for_a_teacher_and_only_with_a_teacher_as_second_marker()
    {
        var teacher = await harness.Scenario.ViewerAsync("teacher");
        var student = await harness.Scenario.ViewerAsync("student");
        var choices = new MarkingChoices(true, true, false, 2, true, student.PersonId);

        var byStudent = await ChangeAsync(student, choices with { SecondMarker = null });
        var studentAsMarker = await ChangeAsync(teacher, choices);
        var saved = await ChangeAsync(teacher, choices with { SecondMarker = teacher.PersonId });

        Assert.Equal(RefusalCode.Forbidden, byStudent.Refusal?.Code);
        Assert.Equal("The second marker must be one of this course's teachers.", studentAsMarker.Refusal?.Sentence);
        Assert.Equal(teacher.PersonId, saved.Value?.SecondMarkerUserId);
    }

    [Fact]
    public async Task Each_action_of_the_marking_page_posts_to_its_own_route_and_the_old_shared_one_takes_none()
    {
        var token = await harness.TeacherAsync();
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        var page = await harness.OpenAsync(token, $"&student={student}");

        Assert.Contains($"action=\"/app/assessments/release/{student}?", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/app/assessments/release-all#notice-region\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"release\"", page, StringComparison.Ordinal);
        using var old = await harness.Scenario.Browser.PostAsync("/app/assessments", new FormUrlEncodedContent(
            PageForm.Fields(page, [KeyValuePair.Create("release", "all")])));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, old.StatusCode);
    }

    private async Task<Outcome<DraftResult>> SaveAsync(Viewer viewer, DraftRequest request)
    {
        using var scope = factory.Services.CreateScope();
        var assessed = await scope.ServiceProvider.GetRequiredService<AssessedAssignments>().FindAsync(viewer, CancellationToken.None);
        Assert.NotNull(assessed);
        return await scope.ServiceProvider.GetRequiredService<AssessmentDrafts>().SaveAsync(assessed, viewer, request, CancellationToken.None);
    }

    private async Task<Outcome<AssessmentSettings>> ChangeAsync(Viewer viewer, MarkingChoices choices)
    {
        using var scope = factory.Services.CreateScope();
        var assessed = await scope.ServiceProvider.GetRequiredService<AssessedAssignments>().FindAsync(await harness.Scenario.ViewerAsync("teacher"), CancellationToken.None);
        Assert.NotNull(assessed);
        return await scope.ServiceProvider.GetRequiredService<MarkingSettings>().SaveAsync(assessed, viewer, choices, CancellationToken.None);
    }

    private static JsonObject Marks(string overall) =>
        JsonSerializer.SerializeToNode(AssessmentHarness.GoodMarks(overall), new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();
}
