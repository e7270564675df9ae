using System.Net;
using System.Net.Http.Json;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions.Settings;

/// <summary>Jordan Lee follows the class's rules; Amara Abebe, from the roster, is given more time or another way to submit.</summary>
public sealed class AccommodationTests : IAsyncLifetime, IDisposable
{
    private static readonly SandboxPerson Amara = SandboxRoster.Members.Single(m => m.Person.Key == "roster-1").Person;

    private readonly SubmissionHarness harness = new();
    private StaffPages teacher = default!;
    private string jordan = "";
    private string amara = "";
    private Guid jordanId;
    private Guid amaraId;

    public async Task InitializeAsync()
    {
        await harness.PlaceAsync(types: "essay");
        teacher = new StaffPages(harness, await harness.SessionAsync("teacher"));
        jordan = await harness.SessionAsync("student");
        amara = await harness.SessionAsync(Amara);
        jordanId = await UserIdAsync(SandboxCourse.Find("student")!.Subject);
        amaraId = await UserIdAsync(Amara.Subject);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        teacher.Dispose();
        harness.Dispose();
    }

    private string Base => $"/app/assignments/{harness.AssignmentId}/submission";

    [Fact]
    public async Task Extra_time_keeps_one_student_open_after_the_class_deadline_while_the_others_are_closed()
    {
        var now = harness.Factory.Clock.GetUtcNow().UtcDateTime;
        var classDue = now.AddMinutes(10);
        var ownDue = classDue.AddDays(3);
        await SaveSettingsAsync(("due_at", DateField.Format(classDue)));
        var (granted, html) = await teacher.SubmitAsync(teacher.AccommodationsPath,
            ("student", amaraId.ToString()), ("extended_due_at", DateField.Format(ownDue)), ("note", "Agreed with the learning support team."));
        await SendAsync(jordan, HttpMethod.Put, "/essay", new { markdown = "Jordan's reflection." });
        await SendAsync(amara, HttpMethod.Put, "/essay", new { markdown = "Amara's reflection." });

        harness.Factory.Clock.Advance(TimeSpan.FromMinutes(15));
        using var jordanSubmits = await SendAsync(jordan, HttpMethod.Post, "/submit");
        using var amaraSubmits = await SendAsync(amara, HttpMethod.Post, "/submit");

        Assert.Equal(HttpStatusCode.OK, granted);
        Assert.Contains("Accommodation saved.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, jordanSubmits.StatusCode);
        Assert.Contains("has passed and this assignment does not take late work", await jordanSubmits.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, amaraSubmits.StatusCode);
        var submissions = await harness.QueryAsync(db => db.Submissions.AsNoTracking().ToListAsync());
        Assert.Equal((SubmissionStatus.Submitted, false), submissions.Where(s => s.StudentUserId == amaraId).Select(s => (s.Status, s.IsLate)).Single());
        Assert.Equal(SubmissionStatus.Draft, submissions.Single(s => s.StudentUserId == jordanId).Status);

        var amaraPage = await StudentPageAsync(amara);
        var jordanPage = await StudentPageAsync(jordan);
        Assert.Contains($"Your teacher has given you until {DateField.Show(Minute(ownDue))} (the class's due date is {DateField.Show(Minute(classDue))}).", amaraPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Your teacher has given you", jordanPage, StringComparison.Ordinal);
        Assert.Contains("has passed and this assignment is closed", jordanPage, StringComparison.Ordinal);
        var list = await teacher.PageAsync(Base);
        Assert.Contains($"until {DateField.Show(Minute(ownDue))}", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extra_type_is_open_to_that_student_only()
    {
        var (status, html) = await teacher.SubmitAsync(teacher.AccommodationsPath, ("student", amaraId.ToString()), ("extra_types", "audio"));
        using var amaraUpload = await CreateUploadAsync(amara, "audio");
        using var jordanUpload = await CreateUploadAsync(jordan, "audio");
        using var amaraVideo = await CreateUploadAsync(amara, "video");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("may also submit audio", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, amaraUpload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, jordanUpload.StatusCode);
        Assert.Contains("This assignment takes essay", await jordanUpload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, amaraVideo.StatusCode);
        var amaraPage = await StudentPageAsync(amara);
        var jordanPage = await StudentPageAsync(jordan);
        Assert.Contains("Your teacher has also allowed you to submit audio.", amaraPage, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"audio\"", amaraPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"audio\"", jordanPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Your teacher has also allowed you", jordanPage, StringComparison.Ordinal);
        Assert.Contains("may also submit audio", await teacher.PageAsync(Base), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_of_a_type_no_longer_allowed_is_kept_but_not_submitted()
    {
        await teacher.SubmitAsync(teacher.AccommodationsPath, ("student", amaraId.ToString()), ("extra_types", "link"));
        using var saved = await SendAsync(amara, HttpMethod.Put, "/link", new { url = "https://93.184.215.14/post", title = "My service blog", description = "" });
        var page = await teacher.PageAsync(teacher.AccommodationsPath);
        await teacher.PostAsync(page, $"{teacher.AccommodationsPath}/remove", ("student", amaraId.ToString()));

        using var submit = await SendAsync(amara, HttpMethod.Post, "/submit");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Contains("This assignment no longer takes a link; your draft is kept", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var draft = await harness.QueryAsync(db => db.Submissions.AsNoTracking().SingleAsync());
        Assert.Equal((SubmissionStatus.Draft, "https://93.184.215.14/post"), (draft.Status, draft.LinkUrl));
    }

    [Fact]
    public async Task The_class_list_offers_every_student_of_the_course_and_no_one_else()
    {
        var page = await teacher.PageAsync(teacher.AccommodationsPath);
        var students = await harness.QueryAsync(db => db.Memberships.CountAsync(m => m.Role == CourseRole.Student && m.Active));
        var options = System.Text.RegularExpressions.Regex.Matches(page, "<option value=\"[0-9a-f-]{36}\"").Count;

        Assert.Contains("<select id=\"student\" name=\"student\"", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{amaraId}\">Amara Abebe</option>", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{jordanId}\">Jordan Lee</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Rivera</option>", page, StringComparison.Ordinal);
        Assert.Equal(students, options);
        Assert.True(options >= 2);
    }

    [Theory]
    [InlineData("other-course", "", "That student is not on this course's class list")]
    [InlineData("not-a-student-id", "", "That student is not on this course's class list")]
    [InlineData("teacher", "", "That student is not on this course's class list")]
    [InlineData("", "extended_due_at=2030-06-01T12:00", "Choose a student from the class list")]
    [InlineData("amara", "extended_due_at=2030-04-01T12:00", "The student's due date must be after the class's (2030-05-01 17:00 UTC)")]
    [InlineData("amara", "extended_due_at=someday", "Enter the student's due date as a date and time")]
    [InlineData("amara", "", "Give the student a later due date, another way to submit, or both")]
    [InlineData("amara", "extra_types=essay", "Essay (written in LtiPathways) is already open to the whole class")]
    [InlineData("amara", "extra_types=hologram", "Choose extra ways to submit from the list")]
    public async Task A_bad_accommodation_is_refused_with_a_sentence_and_nothing_is_stored(string who, string changes, string sentence)
    {
        var student = who switch
        {
            "amara" => amaraId.ToString(),
            "teacher" => (await UserIdAsync(SandboxCourse.Find("teacher")!.Subject)).ToString(),
            "other-course" => (await StudentOfAnotherCourseAsync()).ToString(),
            "not-a-student-id" => "12345",
            _ => "",
        };
        var fields = new List<(string, string)> { ("student", student) };
        fields.AddRange(changes.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=')).Select(p => (p[0], p[1])));

        var (status, html) = await teacher.SubmitAsync(teacher.AccommodationsPath, [.. fields]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(sentence, html, StringComparison.Ordinal);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Empty(await harness.QueryAsync(db => db.SubmissionAccommodations.ToListAsync()));
    }

    [Fact]
    public async Task Changing_replaces_the_students_accommodation_and_removing_it_restores_the_class_rules()
    {
        await teacher.SubmitAsync(teacher.AccommodationsPath, ("student", amaraId.ToString()), ("extended_due_at", "2030-05-03T17:00"));
        var change = await teacher.PageAsync($"{teacher.AccommodationsPath}?student={amaraId}");
        Assert.Contains("name=\"extended_due_at\" type=\"datetime-local\" value=\"2030-05-03T17:00\"", change, StringComparison.Ordinal);
        var (changed, _) = await teacher.PostAsync(change, teacher.AccommodationsPath,
            ("student", amaraId.ToString()), ("extended_due_at", "2030-05-08T17:00"), ("extra_types", "link"));
        var stored = await harness.QueryAsync(db => db.SubmissionAccommodations.AsNoTracking().SingleAsync());

        var page = await teacher.PageAsync(teacher.AccommodationsPath);
        var (removed, removedHtml) = await teacher.PostAsync(page, $"{teacher.AccommodationsPath}/remove", ("student", amaraId.ToString()));
        var (again, againHtml) = await teacher.PostAsync(page, $"{teacher.AccommodationsPath}/remove", ("student", amaraId.ToString()));

        Assert.Equal(HttpStatusCode.OK, changed);
        Assert.Equal((amaraId, new DateTime(2030, 5, 8, 17, 0, 0, DateTimeKind.Utc), "link"), (stored.StudentUserId, stored.DueAt, stored.ExtraTypes));
        Assert.Equal(await UserIdAsync(SandboxCourse.Find("teacher")!.Subject), stored.SetByUserId);
        Assert.Equal(HttpStatusCode.OK, removed);
        Assert.Contains("Accommodation removed", removedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.Contains("has no accommodation on this assignment", againHtml, StringComparison.Ordinal);
        Assert.Empty(await harness.QueryAsync(db => db.SubmissionAccommodations.ToListAsync()));
        Assert.DoesNotContain("Your teacher has", await StudentPageAsync(amara), StringComparison.Ordinal);
    }

    private async Task SaveSettingsAsync(params (string, string)[] changes)
    {
        (string, string)[] saved = [("submission_types", "essay"), ("due_at", "2030-05-01T17:00"), ("attempts", "3"), ("allow_withdraw", "on")];
        var fields = saved.Where(f => changes.All(c => c.Item1 != f.Item1)).Concat(changes).ToArray();
        var (status, _) = await teacher.SubmitAsync(teacher.SettingsPath, fields);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    private async Task<Guid> StudentOfAnotherCourseAsync() => await harness.QueryAsync(async db =>
    {
        var course = await db.Courses.AsNoTracking().SingleAsync();
        var registration = await db.Users.Where(u => u.Id == amaraId).Select(u => u.RegistrationId).SingleAsync();
        var other = new Course { DeploymentId = course.DeploymentId, ContextId = "another-course", Title = "Another course" };
        var stranger = new LtiUser { RegistrationId = registration, Subject = "another-course-student", Name = "Casey Stranger" };
        db.AddRange(other, stranger, new CourseMembership { CourseId = other.Id, UserId = stranger.Id, Role = CourseRole.Student });
        await db.SaveChangesAsync();
        return stranger.Id;
    });

    private Task<Guid> UserIdAsync(string subject) => harness.QueryAsync(db => db.Users.Where(u => u.Subject == subject).Select(u => u.Id).SingleAsync());

    private async Task<HttpResponseMessage> CreateUploadAsync(string token, string kind)
    {
        var request = harness.Tus(HttpMethod.Post, "/app/uploads", token);
        request.Headers.Add("Upload-Length", "30000");
        request.Headers.Add("Upload-Metadata", SubmissionHarness.Metadata(("assignment", harness.AssignmentId.ToString()), ("filename", "talk.webm"), ("kind", kind)));
        return await harness.Driver.Client.SendAsync(request);
    }

    private async Task<string> StudentPageAsync(string token)
    {
        using var response = await harness.Driver.Client.GetAsync($"http://localhost{Base}?session={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(string token, HttpMethod method, string path, object? body = null) =>
        await harness.Driver.Client.SendAsync(harness.Request(method, Base + path, token, body is null ? null : JsonContent.Create(body)));

    private static DateTime Minute(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
}
