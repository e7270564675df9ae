using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class MarkingSettingsTests : IAsyncLifetime, IDisposable
{
    private const string SettingsPath = "/app/assessments/settings";
    private readonly ToolFactory factory = new();
    private AssessmentHarness harness = default!;
    private LibraryClient teacher = default!;

    public async Task InitializeAsync()
    {
        harness = await AssessmentHarness.StartAsync(factory);
        teacher = new LibraryClient(harness, await harness.TeacherAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        harness.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_teacher_saves_every_switch_and_chooses_a_teacher_of_the_course_as_second_marker()
    {
        var page = await teacher.PageAsync(SettingsPath);
        Assert.Contains("Any teacher of the course", page, StringComparison.Ordinal);
        var teacherId = await harness.Scenario.UserIdAsync("sandbox-teacher-1");

        var (status, html) = await teacher.PostAsync(page, SettingsPath, new Dictionary<string, string>
        {
            ["self"] = "on", ["peer"] = "on", ["reviews"] = "3", ["double"] = "on", ["second-marker"] = teacherId.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Settings saved.", html, StringComparison.Ordinal);
        var saved = await harness.QueryAsync(db => db.AssessmentSettings.AsNoTracking().SingleAsync());
        Assert.Equal((false, true, true, 3, true, teacherId),
            (saved.ShowRubricToStudents, saved.SelfAssessment, saved.PeerAssessment, saved.PeerReviewCount, saved.DoubleMarking, saved.SecondMarkerUserId));
        var marking = await harness.OpenAsync(teacher.Token);
        Assert.Contains("Second marking", marking, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("peer=on&reviews=0", "between 1 and 5")]
    [InlineData("peer=on&reviews=6", "between 1 and 5")]
    [InlineData("peer=on&reviews=two", "between 1 and 5")]
    [InlineData("peer=on", "how many classmates")]
    [InlineData("self=yes", "either on or off")]
    [InlineData("double=on&second-marker=00000000-0000-0000-0000-000000000001", "The second marker must be one of this course")]
    public async Task Bad_input_is_refused_with_a_sentence_and_nothing_changes(string fields, string sentence)
    {
        var page = await teacher.PageAsync(SettingsPath);
        var form = fields.Split('&').Select(f => f.Split('=')).ToDictionary(p => p[0], p => p[1]);

        var (status, html) = await teacher.PostAsync(page, SettingsPath, form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(sentence, html, StringComparison.Ordinal);
        var saved = await harness.QueryAsync(db => db.AssessmentSettings.AsNoTracking().SingleAsync());
        Assert.Equal((true, false, false, 1, false), (saved.ShowRubricToStudents, saved.SelfAssessment, saved.PeerAssessment, saved.PeerReviewCount, saved.DoubleMarking));
    }

    [Fact]
    public async Task A_student_can_neither_open_nor_save_the_settings()
    {
        var student = new LibraryClient(harness, await harness.Scenario.LaunchAsync("student"));
        var (opened, sentence) = await student.GetAsync(SettingsPath);
        Assert.Equal(HttpStatusCode.Forbidden, opened);
        Assert.Contains("Only teachers", sentence, StringComparison.Ordinal);

        var teacherPage = await teacher.PageAsync(SettingsPath);
        var studentPage = teacherPage.Replace(PageFormToken(teacherPage), PageFormToken(await harness.OpenAsync(student.Token)), StringComparison.Ordinal);
        var (status, _) = await student.PostAsync(studentPage, SettingsPath, new Dictionary<string, string> { ["peer"] = "on", ["reviews"] = "2" });

        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.False(await harness.QueryAsync(db => db.AssessmentSettings.AnyAsync(s => s.PeerAssessment)));
    }

    private static string PageFormToken(string html) => PageForm.SessionToken(html);
}
