using System.Globalization;
using System.Net;
using System.Text;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Mentoring;

/// <summary>A mentor changes nothing: no drafts, submissions, uploads, captions, comments or grades.</summary>
public sealed class MentorReadOnlyTests : IAsyncLifetime, IDisposable
{
    private readonly MentorScenario scenario = new();

    public Task InitializeAsync() => scenario.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task The_mentor_cannot_write_link_submit_or_withdraw_work()
    {
        var page = scenario.SubmissionsPage;
        var essay = await scenario.SendAsync(HttpMethod.Put, page + "/essay", scenario.Mentor, new { markdown = "Written by the mentor." });
        var link = await scenario.SendAsync(HttpMethod.Put, page + "/link", scenario.Mentor, new { url = "https://93.184.215.14/x", title = "Mine", description = "" });
        var submit = await scenario.SendAsync(HttpMethod.Post, page + "/submit", scenario.Mentor);
        var withdraw = await scenario.SendAsync(HttpMethod.Post, page + "/withdraw", scenario.Mentor);

        Assert.All(new[] { essay, link, submit, withdraw }, answer =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
            Assert.Contains("only the student can change or submit it", answer.Body, StringComparison.Ordinal);
        });
        var submissions = await scenario.Harness.QueryAsync(db => db.Submissions.AsNoTracking().ToListAsync());
        Assert.Equal(2, submissions.Count);
        Assert.All(submissions, s => Assert.Equal(SubmissionStatus.Submitted, s.Status));
    }

    [Fact]
    public async Task The_mentor_neither_previews_links_nor_removes_a_mentees_file()
    {
        var preview = await scenario.SendAsync(HttpMethod.Post, scenario.SubmissionsPage + "/link-preview", scenario.Mentor, new { url = "https://93.184.215.14/x" });
        var remove = await scenario.SendAsync(HttpMethod.Delete, $"{scenario.SubmissionsPage}/files/{scenario.JordanVideo.Id}", scenario.Mentor);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.Status);
        Assert.Contains("only the student can change or submit it", preview.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, remove.Status);
        Assert.Equal(1, await scenario.Harness.QueryAsync(db => db.SubmissionFiles.CountAsync(f => f.Id == scenario.JordanVideo.Id)));
    }

    [Fact]
    public async Task The_mentor_cannot_upload()
    {
        var create = scenario.Harness.Tus(HttpMethod.Post, "/app/uploads", scenario.Mentor);
        create.Headers.Add("Upload-Length", 1000.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", Submissions.SubmissionHarness.Metadata(("assignment", scenario.AssignmentId.ToString()), ("filename", "x.pdf"), ("kind", "file")));

        using var response = await scenario.Client.SendAsync(create);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await scenario.Harness.QueryAsync(db => db.UploadSessions.Where(u => u.Status != UploadSessionStatus.Completed).ToListAsync()));
    }

    [Fact]
    public async Task The_mentor_cannot_comment_on_caption_or_delete_comments_of_their_mentees_video()
    {
        var (_, added) = await scenario.SendAsync(HttpMethod.Post, scenario.Comments(scenario.JordanVideo), scenario.Teacher, new { seconds = 1, text = "Teacher's note." });
        var commentId = System.Text.Json.Nodes.JsonNode.Parse(added)!["id"]!.GetValue<string>();

        var comment = await scenario.SendAsync(HttpMethod.Post, scenario.Comments(scenario.JordanVideo), scenario.Mentor, new { seconds = 1, text = "Mentor's note." });
        var delete = await scenario.SendAsync(HttpMethod.Delete, $"{scenario.Comments(scenario.JordanVideo)}/{commentId}", scenario.Mentor);
        using var captions = await scenario.Client.SendAsync(scenario.Harness.Request(
            HttpMethod.Post, $"/app/assignments/{scenario.AssignmentId}/files/{scenario.JordanVideo.Id}/captions?language=en", scenario.Mentor,
            new StringContent("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n", Encoding.UTF8, "text/vtt")));

        Assert.Equal(HttpStatusCode.Forbidden, comment.Status);
        Assert.Equal(HttpStatusCode.NotFound, delete.Status);
        Assert.Equal(HttpStatusCode.Forbidden, captions.StatusCode);
        Assert.Contains("only its student and their teachers change its captions", await captions.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Teacher's note."], await scenario.Harness.QueryAsync(db => db.MediaComments.Select(c => c.Text).ToListAsync()));
        Assert.Empty(await scenario.Harness.QueryAsync(db => db.CaptionTracks.ToListAsync()));
    }

    [Fact]
    public async Task The_mentor_cannot_grade()
    {
        var jordan = await scenario.Harness.QueryAsync(db => db.Submissions.Where(s => s.Id == scenario.JordanVideo.SubmissionId).Select(s => s.StudentUserId).SingleAsync());

        using var response = await scenario.Client.PostAsync(LaunchDriver.ToolBase + $"/app/grading/release/{jordan}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["session_token"] = scenario.Mentor, ["points-" + jordan] = "20",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only teachers of this course can release grades", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await scenario.Harness.QueryAsync(db => db.Grades.ToListAsync()));
    }
}
