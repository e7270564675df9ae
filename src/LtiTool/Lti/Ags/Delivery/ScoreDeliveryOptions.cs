using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Lti.Ags.Delivery;

/// <summary>The <c>ScoreDelivery</c> section: how the outbox worker sends scores to platforms.</summary>
public class ScoreDeliveryOptions
{
    public const string Section = "ScoreDelivery";

    /// <summary>False stops the background loop (tests call <see cref="ScoreDeliveryWorker.DeliverDueAsync"/> themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Names this instance in leases; empty: machine name and a random suffix.</summary>
    public string? InstanceName { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A send is not started when less than this is left of the lease, so a lease never runs out mid-request.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    [Range(1, 1000)] public int BatchSize { get; set; } = 50;
    [Range(1, 64)] public int Parallelism { get; set; } = 8;
    [Range(1, 100)] public int MaxAttempts { get; set; } = 15;

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long to leave a platform alone after it reports X-Rate-Limit-Remaining: 0.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RateLimitPause { get; set; } = TimeSpan.FromSeconds(10);
}
