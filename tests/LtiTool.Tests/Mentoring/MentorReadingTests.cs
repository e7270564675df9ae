using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Submissions;
using LtiPathways.PathwayGraphQL.Data.Grading;

namespace LtiPathways.LtiTool.Tests.Mentoring;

/// <summary>A mentor reads and plays their mentees' submitted work, and only theirs.</summary>
public sealed class MentorReadingTests : IAsyncLifetime, IDisposable
{
    private readonly MentorScenario scenario = new();

    public Task InitializeAsync() => scenario.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task The_mentors_launch_of_the_assignment_lists_their_mentees_work_and_no_one_elses()
    {
        // The launch lands on the assignment page, which sends a mentor on to their mentees' submissions.
        var grading = await RedirectAsync("/app/grading", scenario.Mentor);
        Assert.StartsWith(scenario.SubmissionsPage + "?session=", grading, StringComparison.Ordinal);

        var (status, html) = await scenario.GetAsync(scenario.SubmissionsPage, scenario.Mentor);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Mentor view", html, StringComparison.Ordinal);
        Assert.Contains("Jordan Lee", html, StringComparison.Ordinal);
        Assert.Contains("Submitted", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey Moreau", html, StringComparison.Ordinal);
        Assert.Contains($"/submissions/{scenario.JordanVideo.SubmissionId}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/submissions/{scenario.CaseyPdf.SubmissionId}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mentor_opens_their_mentees_submission_read_only_and_its_signed_link_plays_with_ranges()
    {
        var (status, html) = await scenario.GetAsync($"/app/assignments/{scenario.AssignmentId}/submissions/{scenario.JordanVideo.SubmissionId}", scenario.Mentor);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"player\"", html, StringComparison.Ordinal);
        Assert.Contains("data-feedback=\"read\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-comment-form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-caption-upload", html, StringComparison.Ordinal);
        var link = Assert.Single(MentorScenario.MediaLinks(html, scenario.JordanVideo));

        using var whole = await scenario.Client.GetAsync(LaunchDriver.ToolBase + link);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, LaunchDriver.ToolBase + link);
        ranged.Headers.Range = new RangeHeaderValue(0, 99);
        using var part = await scenario.Client.SendAsync(ranged);

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(scenario.JordanVideo.Size, (await whole.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(100, (await part.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal($"bytes 0-99/{scenario.JordanVideo.Size}", part.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task Someone_elses_submission_and_file_are_not_found_for_the_mentor()
    {
        var (page, pageText) = await scenario.GetAsync($"/app/assignments/{scenario.AssignmentId}/submissions/{scenario.CaseyPdf.SubmissionId}", scenario.Mentor);
        var (comments, _) = await scenario.SendAsync(HttpMethod.Get, scenario.Comments(scenario.CaseyPdf), scenario.Mentor);
        var (captions, _) = await scenario.SendAsync(HttpMethod.Post, $"/app/assignments/{scenario.AssignmentId}/files/{scenario.CaseyPdf.Id}/captions", scenario.Mentor);

        Assert.Equal(HttpStatusCode.NotFound, page);
        Assert.Contains("not in the course you opened LtiPathways from", pageText, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey", pageText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, comments);
        Assert.Equal(HttpStatusCode.NotFound, captions);
        // The teacher, for comparison, does reach it: the refusal is about the mentor, not a broken link.
        Assert.Equal(HttpStatusCode.OK, (await scenario.GetAsync($"/app/assignments/{scenario.AssignmentId}/submissions/{scenario.CaseyPdf.SubmissionId}", scenario.Teacher)).Status);
    }

    [Fact]
    public async Task The_mentor_does_not_see_a_draft_the_mentee_has_not_handed_in()
    {
        var draftFile = await scenario.UploadAsync(scenario.Jordan, Files.WebM(10_000), "video", "second-take.webm");

        var (_, list) = await scenario.GetAsync(scenario.SubmissionsPage, scenario.Mentor);
        var (opened, _) = await scenario.GetAsync($"/app/assignments/{scenario.AssignmentId}/submissions/{draftFile.SubmissionId}", scenario.Mentor);
        var (comments, _) = await scenario.SendAsync(HttpMethod.Get, scenario.Comments(draftFile), scenario.Mentor);
        var (teacherComments, _) = await scenario.SendAsync(HttpMethod.Get, scenario.Comments(draftFile), scenario.Teacher);

        Assert.Contains($"/submissions/{scenario.JordanVideo.SubmissionId}", list, StringComparison.Ordinal);
        Assert.DoesNotContain(draftFile.SubmissionId!.Value.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain("second-take.webm", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, opened);
        Assert.Equal(HttpStatusCode.NotFound, comments);
        Assert.Equal(HttpStatusCode.OK, teacherComments);
    }

    [Fact]
    public async Task The_mentor_reads_the_teachers_timeline_comments_once_the_grade_is_released_like_the_student()
    {
        var (added, _) = await scenario.SendAsync(HttpMethod.Post, scenario.Comments(scenario.JordanVideo), scenario.Teacher, new { seconds = 1.5, text = "Clear opening question." });
        Assert.Equal(HttpStatusCode.Created, added);

        var before = await CommentsAsync(scenario.Mentor);
        await ReleaseJordansGradeAsync();
        var after = await CommentsAsync(scenario.Mentor);

        Assert.False(before["released"]!.GetValue<bool>());
        Assert.Empty(before["comments"]!.AsArray());
        Assert.True(after["released"]!.GetValue<bool>());
        Assert.Equal("Clear opening question.", after["comments"]![0]!["text"]!.GetValue<string>());
        Assert.False(after["comments"]![0]!["mine"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_mentor_whose_lms_links_no_students_is_told_so()
    {
        var unlinked = await scenario.Harness.SessionAsync("mentor", claims => claims.Remove("https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor"));

        var (status, html) = await scenario.GetAsync(scenario.SubmissionsPage, unlinked);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Your LMS has not linked any students in this course to you as their mentor", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan Lee", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.GetAsync($"/app/assignments/{scenario.AssignmentId}/submissions/{scenario.JordanVideo.SubmissionId}", unlinked)).Status);
    }

    private async Task<JsonObject> CommentsAsync(string token)
    {
        var (status, body) = await scenario.SendAsync(HttpMethod.Get, scenario.Comments(scenario.JordanVideo), token);
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<string> RedirectAsync(string path, string token)
    {
        using var response = await scenario.Client.GetAsync($"{LaunchDriver.ToolBase}{path}?session={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private Task<int> ReleaseJordansGradeAsync() => scenario.Harness.QueryAsync(async db =>
    {
        var submission = await db.Submissions.FindAsync(scenario.JordanVideo.SubmissionId);
        var now = scenario.Harness.Factory.Clock.GetUtcNow().UtcDateTime;
        db.Grades.Add(new Grade { AssignmentId = submission!.AssignmentId, StudentUserId = submission.StudentUserId, Points = 18, ReleasedAt = now, UpdatedAt = now });
        return await db.SaveChangesAsync();
    });
}
