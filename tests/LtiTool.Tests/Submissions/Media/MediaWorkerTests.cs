using System.Text;
using LtiPathways.LtiTool.Media;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Tests.Submissions.Media;

public sealed class MediaWorkerTests : IAsyncLifetime, IDisposable
{
    private readonly MediaScenario scenario = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task A_webm_is_probed_gets_a_poster_and_an_h264_aac_faststart_copy_and_keeps_its_original()
    {
        await scenario.StartAsync();
        var webm = await TestMedia.WebMAsync();
        var original = await scenario.UploadAsync(webm);

        Assert.Equal(1, await scenario.Worker.ProcessDueAsync());

        var job = await scenario.JobAsync();
        Assert.Equal(MediaJobStatus.Done, job.Status);
        var probed = await scenario.Harness.QueryAsync(db => db.SubmissionFiles.FindAsync(original.Id).AsTask());
        Assert.Equal("vp9,opus", probed!.Codecs);
        Assert.InRange(probed.DurationSeconds!.Value, 1.9, 2.1);
        Assert.Equal((320, 240), (probed.Width, probed.Height));
        Assert.Equal(webm, await File.ReadAllBytesAsync(scenario.BlobPath(probed)));

        var derived = await scenario.DerivedAsync(original.Id);
        var playback = derived.Single(f => f.Role == SubmissionFileRole.Playback);
        var poster = derived.Single(f => f.Role == SubmissionFileRole.Poster);
        Assert.Equal("video/mp4", playback.MediaType);
        Assert.Equal(original.SubmissionId, playback.SubmissionId);
        Assert.NotEqual(original.Sha256, playback.Sha256);
        Assert.Equal("h264\naac", await TestMedia.ProbeAsync(scenario.BlobPath(playback), "stream=codec_name"));
        var mp4 = await File.ReadAllBytesAsync(scenario.BlobPath(playback));
        Assert.True(IndexOf(mp4, "moov") < IndexOf(mp4, "mdat"), "+faststart puts the moov box before the media data");
        Assert.Equal("image/jpeg", poster.MediaType);
        Assert.Equal([0xFF, 0xD8, 0xFF], (await File.ReadAllBytesAsync(scenario.BlobPath(poster)))[..3]);

        await scenario.SubmitAsync();
        var teacher = await scenario.Harness.SessionAsync("teacher");
        using var page = await scenario.Harness.Driver.Client.SendAsync(scenario.Harness.Request(
            HttpMethod.Get, $"/app/assignments/{scenario.Harness.AssignmentId}/submissions/{original.SubmissionId}", teacher));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"poster=\"/media/{poster.Id:N}?sig=", html, StringComparison.Ordinal);
        var mp4Source = html.IndexOf($"<source src=\"/media/{playback.Id:N}?sig=", StringComparison.Ordinal);
        var webmSource = html.IndexOf($"<source src=\"/media/{original.Id:N}?sig=", StringComparison.Ordinal);
        Assert.InRange(mp4Source, 0, webmSource - 1);
    }

    [Fact]
    public async Task Ogg_audio_gets_an_aac_copy_and_a_waveform_picture()
    {
        await scenario.StartAsync();
        var original = await scenario.UploadAsync(await TestMedia.OggAsync(), "audio", "tone.ogg");

        await scenario.Worker.ProcessDueAsync();

        var derived = await scenario.DerivedAsync(original.Id);
        Assert.Equal("audio/mp4", derived.Single(f => f.Role == SubmissionFileRole.Playback).MediaType);
        Assert.Equal("image/png", derived.Single(f => f.Role == SubmissionFileRole.Waveform).MediaType);
        Assert.Equal(MediaJobStatus.Done, (await scenario.JobAsync()).Status);
    }

    [Fact]
    public async Task A_file_ffprobe_cannot_read_fails_at_once_with_a_sentence_for_the_teacher()
    {
        await scenario.StartAsync();
        await scenario.UploadAsync(Files.WebM(30_000));

        await scenario.Worker.ProcessDueAsync();

        var job = await scenario.JobAsync();
        Assert.Equal(MediaJobStatus.Failed, job.Status);
        Assert.Equal(1, job.Attempts);
        Assert.Contains("could not be read as video or audio", job.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_transcode_retries_with_growing_delays_then_fails_with_its_reason()
    {
        scenario.Harness.Factory.Settings["Media:FfmpegPath"] = "/bin/false";
        await scenario.StartAsync();
        await scenario.UploadAsync(await TestMedia.WebMAsync());
        var options = scenario.Harness.Factory.Services.GetRequiredService<IOptions<MediaOptions>>().Value;

        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            Assert.Equal(1, await scenario.Worker.ProcessDueAsync());
            Assert.Equal(0, await scenario.Worker.ProcessDueAsync());
            scenario.Harness.Factory.Clock.Advance(options.RetryDelay(attempt) + TimeSpan.FromSeconds(1));
        }

        var job = await scenario.JobAsync();
        Assert.Equal(MediaJobStatus.Failed, job.Status);
        Assert.StartsWith($"Gave up after {options.MaxAttempts} attempts. The copy that plays in every browser could not be made", job.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await scenario.Worker.ProcessDueAsync());
    }

    private static int IndexOf(byte[] bytes, string box) => bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(box));
}
