using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions.Settings;

/// <summary>The per-type limits where they bite: the recording length at submit, the file size when an upload starts.</summary>
public sealed class MediaLimitTests : IAsyncLifetime, IDisposable
{
    private readonly SubmissionHarness harness = new();
    private string student = "";

    public async Task InitializeAsync()
    {
        await harness.PlaceAsync(types: "video|file");
        await harness.PolicyAsync(p => (p.MaxDurationSeconds, p.MaxFileBytes) = (300, 1L << 20));
        student = await harness.SessionAsync("student");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task A_video_the_media_worker_measured_as_too_long_is_refused_at_submit_and_kept_in_the_draft()
    {
        await UploadVideoAsync();
        await MeasuredAsync(400);

        using var submit = await SubmitAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Contains("is 6 minutes 40 seconds long; this assignment takes video and audio up to 5 minutes", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var draft = await harness.QueryAsync(db => db.Submissions.Include(s => s.Files).AsNoTracking().SingleAsync());
        Assert.Equal((SubmissionStatus.Draft, 1), (draft.Status, draft.Files.Count));
    }

    [Theory]
    [InlineData(302.5)]
    [InlineData(120)]
    public async Task A_video_at_the_limit_give_or_take_a_few_seconds_of_muxing_is_submitted(double seconds)
    {
        await UploadVideoAsync();
        await MeasuredAsync(seconds);

        using var submit = await SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
    }

    [Fact]
    public async Task A_video_still_waiting_for_its_probe_is_not_held_up()
    {
        await UploadVideoAsync();

        using var submit = await SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Null((await harness.QueryAsync(db => db.SubmissionFiles.AsNoTracking().SingleAsync())).DurationSeconds);
    }

    [Fact]
    public async Task A_file_larger_than_the_assignments_limit_is_refused_before_any_byte_is_sent()
    {
        using var tooLarge = await CreateAsync("file", 2L << 20, "portfolio.pdf");
        using var fits = await CreateAsync("file", 1L << 20, "portfolio.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("This file is 2 MB; the most this assignment accepts is 1 MB.", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
    }

    private async Task UploadVideoAsync()
    {
        var video = Files.WebM(30_000);
        using var created = await CreateAsync("video", video.Length, "talk.webm");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var patch = harness.Tus(HttpMethod.Patch, created.Headers.Location!.OriginalString, student, new ByteArrayContent(video));
        patch.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        patch.Headers.Add("Upload-Offset", "0");
        using var sent = await harness.Driver.Client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
    }

    private async Task<HttpResponseMessage> CreateAsync(string kind, long length, string name)
    {
        using var request = harness.Tus(HttpMethod.Post, "/app/uploads", student);
        request.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("Upload-Metadata", SubmissionHarness.Metadata(("assignment", harness.AssignmentId.ToString()), ("filename", name), ("kind", kind)));
        return await harness.Driver.Client.SendAsync(request);
    }

    /// <summary>What the media worker records once ffprobe has read the file.</summary>
    private Task<int> MeasuredAsync(double seconds) => harness.QueryAsync(async db =>
    {
        var file = await db.SubmissionFiles.SingleAsync(f => f.Role == SubmissionFileRole.Original);
        file.DurationSeconds = seconds;
        return await db.SaveChangesAsync();
    });

    private Task<HttpResponseMessage> SubmitAsync() =>
        harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Post, $"/app/assignments/{harness.AssignmentId}/submission/submit", student));
}
