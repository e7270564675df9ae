using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions.Settings;

public sealed class AssignmentSettingsTests : IAsyncLifetime, IDisposable
{
    private static readonly (string, string)[] SavedFields =
        [("submission_types", "essay"), ("submission_types", "video"), ("due_at", "2030-05-01T17:00"), ("attempts", "3"), ("allow_withdraw", "on")];

    private readonly SubmissionHarness harness = new();
    private StaffPages teacher = default!;
    private string student = "";

    public async Task InitializeAsync()
    {
        await harness.PlaceAsync(types: "essay|video");
        teacher = new StaffPages(harness, await harness.SessionAsync("teacher"));
        student = await harness.SessionAsync("student");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        teacher.Dispose();
        harness.Dispose();
    }

    [Fact]
    public async Task The_teachers_submissions_list_links_to_the_settings_which_show_what_the_picker_saved()
    {
        var list = await teacher.PageAsync($"/app/assignments/{harness.AssignmentId}/submission");
        var page = await teacher.PageAsync(teacher.SettingsPath);

        Assert.Contains($"href=\"{teacher.SettingsPath}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{teacher.AccommodationsPath}\"", list, StringComparison.Ordinal);
        Assert.Matches("id=\"submission-essay\" name=\"submission_types\" value=\"essay\" checked", page);
        Assert.Matches("id=\"submission-video\" name=\"submission_types\" value=\"video\" checked", page);
        Assert.DoesNotMatch("id=\"submission-audio\" name=\"submission_types\" value=\"audio\" checked", page);
        Assert.Contains("name=\"due_at\" type=\"datetime-local\" value=\"2030-05-01T17:00\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"attempts\" inputmode=\"numeric\" value=\"3\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_changes_types_due_date_and_policy_and_the_student_reads_them_in_plain_words()
    {
        var (status, html) = await teacher.SubmitAsync(teacher.SettingsPath,
            ("submission_types", "essay"), ("submission_types", "audio"), ("due_at", "2030-06-01T12:00"), ("attempts", "2"),
            ("min_words", "300"), ("max_words", "1500"), ("max_minutes", "5"), ("max_megabytes", "500"),
            ("accept_late", "on"), ("late_until", "2030-06-03T12:00"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Settings saved.", html, StringComparison.Ordinal);
        Assert.Contains("name=\"max_minutes\" inputmode=\"decimal\" value=\"5\"", html, StringComparison.Ordinal);
        var assignment = await harness.QueryAsync(db => db.Assignments.AsNoTracking().SingleAsync());
        var policy = await harness.QueryAsync(db => db.SubmissionPolicies.AsNoTracking().SingleAsync());
        Assert.Equal(("essay,audio", new DateTime(2030, 6, 1, 12, 0, 0, DateTimeKind.Utc)), (assignment.SubmissionTypes, assignment.DueAt));
        Assert.Equal((2, 300, 1500, 300, 500L << 20), (policy.AttemptsAllowed, policy.MinWords, policy.MaxWords, policy.MaxDurationSeconds, policy.MaxFileBytes));
        Assert.Equal((true, new DateTime(2030, 6, 3, 12, 0, 0, DateTimeKind.Utc), false), (policy.AllowLate, policy.LateUntil, policy.AllowWithdraw));

        var page = WebUtility.HtmlDecode(await StudentPageAsync());
        Assert.Contains(
            "Up to 2 attempts · 300–1,500 words · recordings up to 5 minutes · files up to 500 MB · "
            + "late work accepted until 2030-06-03 12:00 UTC · a submission cannot be withdrawn.", page, StringComparison.Ordinal);
        Assert.Contains("data-max-seconds=\"300\"", page, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"audio\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"video\"", page, StringComparison.Ordinal);
        // The due time is a <time> element (UTC on hover); its words are what the student reads.
        Assert.Contains("Due 2030-06-01 12:00 UTC.", Regex.Replace(page, "<[^>]+>", ""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attempts=0", "attempts", "Allow at least 1 attempt")]
    [InlineData("min_words=1500&max_words=300", "min_words", "The minimum word count (1,500) is more than the maximum (300)")]
    [InlineData("accept_late=on&late_until=2030-04-01T09:00", "late_until", "must be after the due date (2030-05-01 17:00 UTC)")]
    [InlineData("submission_types=", "submission-essay", "Choose at least one way students may submit")]
    [InlineData("submission_types=podcast", "submission-essay", "Choose submission types from the list")]
    [InlineData("due_at=tomorrow", "due_at", "Enter the due date as a date and time")]
    [InlineData("max_megabytes=lots", "max_megabytes", "Enter the largest file size in MB")]
    public async Task Bad_settings_are_refused_with_a_sentence_beside_the_field_and_nothing_changes(string changes, string field, string sentence)
    {
        var changed = changes.Split('&').Select(c => c.Split('=')).Select(p => (p[0], p[1])).ToList();
        var fields = SavedFields.Where(f => changed.All(c => c.Item1 != f.Item1)).Concat(changed).ToArray();

        var (status, html) = await teacher.SubmitAsync(teacher.SettingsPath, fields);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Matches($"id=\"{field}-error\"><span class=\"visually-hidden\">Error: </span>[^<]*{Regex.Escape(sentence)}", html);
        var assignment = await harness.QueryAsync(db => db.Assignments.AsNoTracking().SingleAsync());
        var policy = await harness.QueryAsync(db => db.SubmissionPolicies.AsNoTracking().SingleAsync());
        Assert.Equal(("essay,video", new DateTime(2030, 5, 1, 17, 0, 0, DateTimeKind.Utc)), (assignment.SubmissionTypes, assignment.DueAt));
        Assert.Equal((3, null, null, false, null), (policy.AttemptsAllowed, policy.MinWords, policy.MaxWords, policy.AllowLate, policy.LateUntil));
    }

    [Fact]
    public async Task A_student_can_neither_open_nor_save_the_settings()
    {
        using var asStudent = new StaffPages(harness, student);
        var (opened, sentence) = await asStudent.GetAsync(asStudent.SettingsPath);
        var (accommodations, _) = await asStudent.GetAsync(asStudent.AccommodationsPath);
        var teacherPage = await teacher.PageAsync(teacher.SettingsPath);
        var forged = teacherPage.Replace(PageForm.SessionToken(teacherPage), student, StringComparison.Ordinal);

        var (saved, _) = await asStudent.PostAsync(forged, asStudent.SettingsPath, ("submission_types", "file"), ("attempts", "9"));

        Assert.Equal(HttpStatusCode.Forbidden, opened);
        Assert.Contains("Only the course's teachers can change this assignment's settings", sentence, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, accommodations);
        Assert.NotEqual(HttpStatusCode.OK, saved);
        Assert.Equal("essay,video", (await harness.QueryAsync(db => db.Assignments.AsNoTracking().SingleAsync())).SubmissionTypes);
        Assert.Equal(3, (await harness.QueryAsync(db => db.SubmissionPolicies.AsNoTracking().SingleAsync())).AttemptsAllowed);
    }

    [Fact]
    public async Task An_assignment_id_from_elsewhere_finds_nothing()
    {
        var (status, sentence) = await teacher.GetAsync($"/app/assignments/{Guid.NewGuid()}/settings");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("not in the course you opened LtiPathways from", sentence, StringComparison.Ordinal);
    }

    private async Task<string> StudentPageAsync()
    {
        using var response = await harness.Driver.Client.GetAsync($"http://localhost/app/assignments/{harness.AssignmentId}/submission?session={student}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
