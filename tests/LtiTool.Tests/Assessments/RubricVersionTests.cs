using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class RubricVersionTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AssessmentHarness harness = default!;
    private string token = "";
    private LibraryClient teacher = default!;

    public async Task InitializeAsync()
    {
        harness = await AssessmentHarness.StartAsync(factory);
        token = await harness.TeacherAsync();
        teacher = new LibraryClient(harness, token);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        harness.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Editing_a_rubric_with_assessments_creates_version_2_and_the_old_assessment_keeps_version_1()
    {
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        await harness.OpenAsync(token);
        Assert.Equal(HttpStatusCode.OK, (await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks())).Status);

        var (status, html) = await EditSafetyWeightAsync(1m);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Saved as version 2", html, StringComparison.Ordinal);
        Assert.Equal(2, await harness.QueryAsync(db => db.RubricVersions.CountAsync()));
        Assert.Equal(1, (await harness.QueryAsync(db => db.RubricAssessments.SingleAsync())).RubricVersionNumber);
    }

    [Fact]
    public async Task A_broken_JSON_import_is_a_400_with_its_line_and_column_and_the_rubric_is_unchanged()
    {
        await harness.OpenAsync(token);
        var id = await harness.QueryAsync(db => db.Rubrics.Select(r => r.Id).SingleAsync());
        var edit = await teacher.PageAsync($"/app/rubrics/edit?rubric={id}");

        var (status, html) = await teacher.UploadAsync(edit, "/app/rubrics/edit/import", "broken.json", "{\n\"title\": }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Line 2, column", html, StringComparison.Ordinal);
        Assert.Equal(1, await harness.QueryAsync(db => db.RubricVersions.CountAsync()));
    }

    [Fact]
    public async Task The_move_preview_lists_score_changes_and_confirming_moves_drafts_but_never_released_work()
    {
        var released = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        await harness.OpenAsync(token);
        var draft = await harness.QueryAsync(db => db.Memberships.Where(m => m.Role == CourseRole.Student && m.UserId != released).Select(m => m.UserId).FirstAsync());
        await harness.DraftAsync(token, released, null, AssessmentHarness.GoodMarks());
        await harness.DraftAsync(token, draft, null, AssessmentHarness.GoodMarks());
        await harness.ReleaseAsync(token, released);
        await EditSafetyWeightAsync(1m);

        var preview = await teacher.PageAsync("/app/assessments/move");

        Assert.Contains("Move ungraded work to version 2", preview, StringComparison.Ordinal);
        Assert.Contains("20 (16.67 LMS points)", preview, StringComparison.Ordinal);
        Assert.Contains("16 (16 LMS points)", preview, StringComparison.Ordinal);
        Assert.Contains("Released: keeps its version.", preview, StringComparison.Ordinal);
        var (status, html) = await teacher.PostAsync(preview, "/app/assessments/move", new Dictionary<string, string> { ["target"] = "2" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Moved 1 ungraded assessment(s) to version 2", html, StringComparison.Ordinal);
        var rows = await harness.QueryAsync(db => db.RubricAssessments.AsNoTracking().ToListAsync());
        Assert.Equal(1, rows.Single(a => a.StudentUserId == released).RubricVersionNumber);
        Assert.Equal(2, rows.Single(a => a.StudentUserId == draft).RubricVersionNumber);
        Assert.Equal(2, (await harness.QueryAsync(db => db.AssessmentSettings.SingleAsync())).VersionNumber);
    }

    private async Task<(HttpStatusCode Status, string Html)> EditSafetyWeightAsync(decimal weight)
    {
        var id = await harness.QueryAsync(db => db.Rubrics.Select(r => r.Id).SingleAsync());
        var edit = await teacher.PageAsync($"/app/rubrics/edit?rubric={id}");
        var fields = EditorForm.Fields(edit);
        var safety = fields.Single(f => f.Key.EndsWith("-id", StringComparison.Ordinal) && f.Value == "safety").Key;
        fields[safety.Replace("-id", "-weight", StringComparison.Ordinal)] = weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await teacher.PostAsync(edit, "/app/rubrics/edit/save", fields);
    }
}
