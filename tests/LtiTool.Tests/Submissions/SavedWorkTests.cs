using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions;

/// <summary>
/// Issue 11, finding 9: a student's saved work never vanishes from view. An essay, a recording, a file and a link
/// are parts of one draft side by side; adding one never hides another, for the student or for the teacher.
/// </summary>
public sealed partial class SavedWorkTests : IAsyncLifetime, IDisposable
{
    private const string Essay = "Planting the school garden taught me patience.";
    private const string Url = "https://93.184.215.14/garden-blog";
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
    public async Task Saved_work_never_vanishes_an_essay_a_recording_a_file_and_a_link_all_show_after_a_reload_and_after_submit()
    {
        using (var essay = await SendAsync(HttpMethod.Put, "/essay", new { markdown = Essay }))
        {
            Assert.Equal(HttpStatusCode.OK, essay.StatusCode);
        }

        // The recorder's route: a tus upload of kind "video".
        await harness.UploadAsync(student, Files.WebM(30_000), "video", "recording.webm");
        await harness.UploadAsync(student, Files.Pdf(20_000), "file", "portfolio.pdf");
        using (var link = await SendAsync(HttpMethod.Put, "/link", new { url = Url, title = "Garden blog", description = "Week 4" }))
        {
            Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        }

        var page = await PageAsync(student, Base);
        Assert.Equal(Essay, WebUtility.HtmlDecode(EssayBox().Match(page).Groups[1].Value));
        Assert.Contains("7 words", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Url}\"", page, StringComparison.Ordinal);
        var video = Section(page, "id=\"video-heading\"", "<h2 ");
        var files = Section(page, "id=\"file-heading\"", "<h2 ");
        Assert.Contains("recording.webm", video, StringComparison.Ordinal);
        Assert.DoesNotContain("portfolio.pdf", video, StringComparison.Ordinal);
        Assert.Contains("portfolio.pdf", files, StringComparison.Ordinal);
        Assert.DoesNotContain("recording.webm", files, StringComparison.Ordinal);

        using (var submit = await SendAsync(HttpMethod.Post, "/submit"))
        {
            Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        }

        var history = Section(await PageAsync(student, Base), "id=\"history\"", "</body>");
        var teacher = await harness.SessionAsync("teacher");
        var list = await PageAsync(teacher, Base);
        var open = WebUtility.HtmlDecode(OpenLink().Match(list).Groups[1].Value);
        var opened = Section(await PageAsync(teacher, open), "data-testid=\"opened\"", "data-testid=\"handed-in\"");
        foreach (var work in new[] { history, opened })
        {
            Assert.Contains(Essay, work, StringComparison.Ordinal);
            Assert.Contains(Url, work, StringComparison.Ordinal);
            Assert.Contains("recording.webm", work, StringComparison.Ordinal);
            Assert.Contains("portfolio.pdf", work, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Saved_work_never_vanishes_a_retake_replaces_only_the_earlier_recording_and_the_files_and_essay_stay()
    {
        using (await SendAsync(HttpMethod.Put, "/essay", new { markdown = Essay }))
        {
        }

        await harness.UploadAsync(student, Files.Pdf(20_000), "file", "portfolio.pdf");
        await harness.UploadAsync(student, Files.WebM(30_000), "video", "first-take.webm");
        await harness.UploadAsync(student, Files.WebM(31_000), "video", "second-take.webm");

        var draft = await harness.QueryAsync(db => db.Submissions.Include(s => s.Files).AsNoTracking().SingleAsync());
        Assert.Equal(Essay, draft.EssayMarkdown);
        Assert.Equal(
            [("portfolio.pdf", SubmissionType.File), ("second-take.webm", SubmissionType.Video)],
            draft.Files.OrderBy(f => f.OriginalName, StringComparer.Ordinal).Select(f => (f.OriginalName, f.Part)));
    }

    [Fact]
    public async Task Removing_the_link_takes_out_that_part_only()
    {
        using (await SendAsync(HttpMethod.Put, "/essay", new { markdown = Essay }))
        using (await SendAsync(HttpMethod.Put, "/link", new { url = Url, title = "Garden blog", description = "" }))
        {
        }

        using var removed = await SendAsync(HttpMethod.Delete, "/link");
        using var again = await SendAsync(HttpMethod.Delete, "/link");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var draft = await harness.QueryAsync(db => db.Submissions.SingleAsync());
        Assert.Equal((Essay, (string?)null), (draft.EssayMarkdown, draft.LinkUrl));
    }

    [Fact]
    public async Task A_part_the_assignment_stopped_taking_stays_in_view_with_a_note()
    {
        using (await SendAsync(HttpMethod.Put, "/link", new { url = Url, title = "Garden blog", description = "" }))
        {
        }

        await harness.QueryAsync(async db =>
        {
            (await db.Assignments.SingleAsync(a => a.Id == harness.AssignmentId)).SubmissionTypes = "essay";
            return await db.SaveChangesAsync();
        });
        var page = await PageAsync(student, Base);

        Assert.Contains($"value=\"{Url}\"", page, StringComparison.Ordinal);
        Assert.Contains("This assignment no longer takes a link; what you saved is kept here.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"file-heading\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_with_nothing_in_it_is_not_submitted()
    {
        using (await SendAsync(HttpMethod.Put, "/essay", new { markdown = "  " }))
        {
        }

        using var submit = await SendAsync(HttpMethod.Post, "/submit");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Contains("Your draft is empty", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string token, string path)
    {
        using var response = await harness.Driver.Client.GetAsync($"http://localhost{path}?session={token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The page from the marker to the next <paramref name="end"/> (or the end of the page).</summary>
    private static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"The page has no {start}.");
        var to = html.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? html[from..] : html[from..to];
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null) =>
        await harness.Driver.Client.SendAsync(harness.Request(method, Base + path, student, body is null ? null : JsonContent.Create(body)));

    [GeneratedRegex("<textarea id=\"essay\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex EssayBox();

    [GeneratedRegex("href=\"(/app/assignments/[^\"#]+/submissions/[^\"#]+)")]
    private static partial Regex OpenLink();
}
