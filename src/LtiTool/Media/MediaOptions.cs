using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Media;

/// <summary>The <c>Media</c> section: where ffmpeg lives and how the media worker leases and retries jobs.</summary>
public class MediaOptions
{
    public const string Section = "Media";

    /// <summary>False stops the background loop (tests call <see cref="MediaWorker.ProcessDueAsync"/> themselves); jobs stay queued.</summary>
    public bool Enabled { get; set; } = true;

    [Required] public string FfmpegPath { get; set; } = "/usr/bin/ffmpeg";
    [Required] public string FfprobePath { get; set; } = "/usr/bin/ffprobe";

    /// <summary>Names this instance in leases; empty: machine name and a random suffix.</summary>
    public string? InstanceName { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A running job renews its lease every third of this; a stopped instance's job is taken over once it runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>ffmpeg is stopped after this long on one file, so a stuck run cannot hold a job for ever.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan MaxRunTime { get; set; } = TimeSpan.FromHours(2);

    [Range(1, 20)] public int MaxAttempts { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RetryDelay(int attemptsSoFar) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxRetryDelay.TotalMilliseconds, FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attemptsSoFar - 1, 0, 20))));
}
