using LtiPathways.LtiTool.Media;
using LtiPathways.LtiTool.Storage;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Tests.Submissions.Media;

public sealed class MediaRestartTests : IDisposable
{
    private readonly string folder = ToolFactory.NewFolder();

    [Fact]
    public async Task A_job_interrupted_mid_transcode_is_taken_over_after_its_lease_runs_out_and_finishes_after_a_restart()
    {
        using var scenario = new MediaScenario(folder);
        await scenario.StartAsync();
        var original = await scenario.UploadAsync(await TestMedia.WebMAsync());

        // The first instance takes the job and dies while ffmpeg is writing: a lease held, a half-written copy on disk.
        var held = await scenario.Worker.LeaseAsync(CancellationToken.None);
        Assert.NotNull(held);
        var root = scenario.Harness.Factory.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Root;
        var work = Path.Combine(root, "tmp", "media", held.JobId.ToString("N"));
        Directory.CreateDirectory(work);
        await File.WriteAllBytesAsync(Path.Combine(work, "playback.mp4"), new byte[5000]);
        Assert.Equal(MediaJobStatus.Running, (await scenario.JobAsync()).Status);

        scenario.Harness.Restart();
        var lease = scenario.Harness.Factory.Services.GetRequiredService<IOptions<MediaOptions>>().Value.LeaseDuration;
        Assert.Equal(0, await scenario.Worker.ProcessDueAsync());
        scenario.Harness.Factory.Clock.Advance(lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await scenario.Worker.ProcessDueAsync());

        var job = await scenario.JobAsync();
        Assert.Equal(MediaJobStatus.Done, job.Status);
        Assert.Equal(2, job.Attempts);
        var playback = (await scenario.DerivedAsync(original.Id)).Single(f => f.Role == SubmissionFileRole.Playback);
        Assert.Equal("h264\naac", await TestMedia.ProbeAsync(scenario.BlobPath(playback), "stream=codec_name"));
        Assert.False(Directory.Exists(work));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
