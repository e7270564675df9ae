using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions;

public sealed class SubmissionLifecycleTests : IAsyncLifetime, IDisposable
{
    private readonly SubmissionHarness harness = new();
    private string student = "";

    public async Task InitializeAsync()
    {
        await harness.PlaceAsync();
        student = await harness.SessionAsync("student");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => harness.Dispose();

    private string Base => $"/app/assignments/{harness.AssignmentId}/submission";

    [Fact]
    public async Task An_essay_draft_is_sanitised_and_submitting_it_queues_a_submitted_score_in_the_same_save()
    {
        using var save = await SendAsync(HttpMethod.Put, "/essay", new { markdown = "My **service** project.\n\n<script>alert('x')</script><img src=x onerror=alert(1)>" });
        var saved = JsonNode.Parse(await save.Content.ReadAsStringAsync())!;
        using var submit = await SendAsync(HttpMethod.Post, "/submit");

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.DoesNotContain("<script", saved["html"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", saved["html"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>service</strong>", saved["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var submission = await harness.QueryAsync(db => db.Submissions.SingleAsync());
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        var entry = await harness.QueryAsync(db => db.ScoreOutbox.SingleAsync());
        var score = JsonNode.Parse(entry.SentDocument())!;
        Assert.Equal("Submitted", score["activityProgress"]!.GetValue<string>());
        Assert.Equal("PendingManual", score["gradingProgress"]!.GetValue<string>());
        Assert.EndsWith("/lineitems/placed-work-column", entry.LineItemUrl, StringComparison.Ordinal);
        Assert.Equal(submission.StudentUserId, entry.UserId);
    }

    [Fact]
    public async Task A_submitted_attempt_stays_as_it_was_and_the_next_change_starts_a_new_attempt()
    {
        await SendAsync(HttpMethod.Put, "/essay", new { markdown = "First version." });
        await SendAsync(HttpMethod.Post, "/submit");

        await SendAsync(HttpMethod.Put, "/essay", new { markdown = "Second version, rewritten." });

        var attempts = await harness.QueryAsync(db => db.Submissions.OrderBy(s => s.Attempt).ToListAsync());
        Assert.Equal(["First version.", "Second version, rewritten."], attempts.Select(a => a.EssayMarkdown));
        Assert.Equal([SubmissionStatus.Submitted, SubmissionStatus.Draft], attempts.Select(a => a.Status));
    }

    [Fact]
    public async Task A_submission_beyond_the_attempt_limit_is_refused_and_the_earlier_one_kept()
    {
        await harness.PolicyAsync(p => p.AttemptsAllowed = 1);
        await SendAsync(HttpMethod.Put, "/essay", new { markdown = "Only attempt." });
        await SendAsync(HttpMethod.Post, "/submit");

        using var again = await SendAsync(HttpMethod.Put, "/essay", new { markdown = "One more try." });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("You have used all 1 attempt for this assignment", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Only attempt.", (await harness.QueryAsync(db => db.Submissions.SingleAsync())).EssayMarkdown);
    }

    [Fact]
    public async Task After_the_deadline_without_late_work_the_submit_is_refused_and_the_draft_kept()
    {
        await SendAsync(HttpMethod.Put, "/essay", new { markdown = "Nearly finished." });
        await PassTheDeadlineAsync();

        using var submit = await SendAsync(HttpMethod.Post, "/submit");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Contains("has passed and this assignment does not take late work; your draft is kept", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Draft, (await harness.QueryAsync(db => db.Submissions.SingleAsync())).Status);
    }

    [Fact]
    public async Task Late_work_when_allowed_is_flagged_late()
    {
        await harness.PolicyAsync(p => p.AllowLate = true);
        await SendAsync(HttpMethod.Put, "/essay", new { markdown = "Late but done." });
        await PassTheDeadlineAsync();

        using var submit = await SendAsync(HttpMethod.Post, "/submit");

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.True((await harness.QueryAsync(db => db.Submissions.SingleAsync())).IsLate);
    }

    [Theory]
    [InlineData("http://127.0.0.1/admin")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/")]
    [InlineData("http://localhost:5000/")]
    public async Task A_link_to_a_private_address_is_refused(string url)
    {
        using var response = await SendAsync(HttpMethod.Put, "/link", new { url, title = "My blog", description = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("private or local network address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await harness.QueryAsync(db => db.Submissions.ToListAsync()));
    }

    [Fact]
    public async Task A_public_link_is_kept_with_its_title_and_submitted()
    {
        using var save = await SendAsync(HttpMethod.Put, "/link", new { url = "https://93.184.215.14/post", title = "My service blog", description = "Week 3" });
        using var submit = await SendAsync(HttpMethod.Post, "/submit");

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var submission = await harness.QueryAsync(db => db.Submissions.SingleAsync());
        Assert.Equal(("https://93.184.215.14/post", "My service blog"), (submission.LinkUrl, submission.LinkTitle));
    }

    [Fact]
    public async Task The_teacher_sees_each_students_status_and_the_sanitised_essay_and_a_student_sees_only_their_own_page()
    {
        await SendAsync(HttpMethod.Put, "/essay", new { markdown = "Reflection <script>steal()</script> done." });
        await SendAsync(HttpMethod.Post, "/submit");
        var teacher = await harness.SessionAsync("teacher");

        using var list = await harness.Driver.Client.GetAsync($"http://localhost{Base}?session={teacher}");
        var listHtml = await list.Content.ReadAsStringAsync();
        var link = WebUtility.HtmlDecode(Regex.Match(listHtml, "href=\"(/app/assignments/[^\"]+/submissions/[^\"]+)\"").Groups[1].Value);
        Assert.EndsWith("#opened", link, StringComparison.Ordinal);
        var open = link[..link.IndexOf('#', StringComparison.Ordinal)];
        using var one = await harness.Driver.Client.GetAsync($"http://localhost{open}?session={teacher}");
        var oneHtml = await one.Content.ReadAsStringAsync();
        using var studentTries = await harness.Driver.Client.GetAsync($"http://localhost{open}?session={student}");

        Assert.Contains("Jordan Lee", listHtml, StringComparison.Ordinal);
        Assert.Contains("Submitted", listHtml, StringComparison.Ordinal);
        Assert.Contains("1 of ", listHtml, StringComparison.Ordinal);
        Assert.InRange(listHtml.IndexOf("Jordan Lee", StringComparison.Ordinal), 0, listHtml.IndexOf("Amara Abebe", StringComparison.Ordinal));
        Assert.Contains("Reflection", oneHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>steal()", oneHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, studentTries.StatusCode);
    }

    [Fact]
    public async Task An_assignment_id_from_another_course_finds_nothing()
    {
        using var response = await harness.Driver.Client.GetAsync($"http://localhost/app/assignments/{Guid.NewGuid()}/submission?session={student}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not in the course you opened LtiPathways from", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Moves the due date an hour into the past (session tokens are checked against the real clock, so the clock stays).</summary>
    private Task<int> PassTheDeadlineAsync() => harness.QueryAsync(async db =>
    {
        var assignment = await db.Assignments.SingleAsync(a => a.Id == harness.AssignmentId);
        assignment.DueAt = harness.Factory.Clock.GetUtcNow().UtcDateTime.AddHours(-1);
        return await db.SaveChangesAsync();
    });

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null) =>
        await harness.Driver.Client.SendAsync(harness.Request(method, Base + path, student, body is null ? null : JsonContent.Create(body)));
}
