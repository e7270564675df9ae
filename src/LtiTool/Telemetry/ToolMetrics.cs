using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LtiPathways.LtiTool.Telemetry;

/// <summary>
/// The tool's own metrics, named in OpenTelemetry's style (README "Telemetry" lists them). Every label is a bounded value
/// (an outcome, a rule's name, a platform's host, a status code): never a token, a name, an e-mail or an id.
/// </summary>
public sealed class ToolMetrics
{
    public const string MeterName = "LtiPathways";

    private static readonly IReadOnlyList<double> SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10];

    private readonly Counter<long> launches;
    private readonly Histogram<double> launchDuration;
    private readonly Counter<long> deliveryAttempts;
    private readonly Counter<long> mediaJobsQueued;
    private readonly Counter<long> mediaJobsFailed;
    private readonly Counter<long> uploadBytes;
    private readonly Counter<long> rosterSyncs;

    public ToolMetrics(IMeterFactory meters, ScoreOutboxReading outbox)
    {
        var meter = meters.Create(MeterName);
        launches = meter.CreateCounter<long>("ltipathways.lti.launches", "{launch}",
            "LTI launches by outcome (accepted, refused, storage_check) and, when refused, the validator's rule.");
        launchDuration = meter.CreateHistogram<double>("ltipathways.lti.launch.duration", "s",
            "Time from the launch form's arrival to the tool's answer (landing page or refusal).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        meter.CreateObservableGauge("ltipathways.score_outbox.queued", () => Measure(outbox.Read(), d => d.Queued), "{score}",
            "Scores waiting in the outbox to be sent to an LMS gradebook.");
        meter.CreateObservableGauge("ltipathways.score_outbox.oldest_age", () => Measure(outbox.Read(), d => d.OldestAgeSeconds), "s",
            "Age of the oldest score still waiting in the outbox (0 when none waits).");
        deliveryAttempts = meter.CreateCounter<long>("ltipathways.score.delivery.attempts", "{attempt}",
            "Attempts to send a score, by platform host, outcome (sent, retry, failed, postponed) and the LMS's HTTP status.");
        mediaJobsQueued = meter.CreateCounter<long>("ltipathways.media.jobs.queued", "{job}",
            "Media jobs (probe, poster, playable copy) queued for uploaded video or audio.");
        mediaJobsFailed = meter.CreateCounter<long>("ltipathways.media.jobs.failed", "{job}",
            "Failed media job attempts; ltipathways.media.final is true when no retry follows.");
        uploadBytes = meter.CreateCounter<long>("ltipathways.upload.received", "By", "Bytes of resumable uploads received.");
        rosterSyncs = meter.CreateCounter<long>("ltipathways.roster.syncs", "{sync}", "Course roster syncs (NRPS), by outcome.");
    }

    public void LaunchAccepted(long startedAt) => Launch("accepted", null, startedAt);

    public void LaunchRefused(string rule, long startedAt) => Launch("refused", LaunchRefusalRules.NameOf(rule), startedAt);

    public void LaunchHeldForStorageCheck(long startedAt) => Launch("storage_check", null, startedAt);

    /// <param name="platformIssuer">The registration's issuer; only its host becomes a label.</param>
    /// <param name="outcome">The delivery outcome's name (Sent, Retry, Failed, Postponed).</param>
    public void ScoreDeliveryAttempted(string? platformIssuer, string outcome, int? statusCode)
    {
        var tags = new TagList
        {
            { "server.address", PlatformHost(platformIssuer) },
            { "ltipathways.delivery.outcome", outcome.ToLowerInvariant() },
        };
        if (statusCode is { } code)
        {
            tags.Add("http.response.status_code", code);
        }

        deliveryAttempts.Add(1, tags);
    }

    public void MediaJobQueued() => mediaJobsQueued.Add(1);

    public void MediaJobFailed(bool final) => mediaJobsFailed.Add(1, new KeyValuePair<string, object?>("ltipathways.media.final", final));

    public void UploadReceived(long bytes)
    {
        if (bytes > 0)
        {
            uploadBytes.Add(bytes);
        }
    }

    public void RosterSynced(bool succeeded) =>
        rosterSyncs.Add(1, new KeyValuePair<string, object?>("ltipathways.roster.outcome", succeeded ? "succeeded" : "failed"));

    private void Launch(string outcome, string? rule, long startedAt)
    {
        var tags = new TagList { { "ltipathways.launch.outcome", outcome } };
        if (rule is not null)
        {
            tags.Add("ltipathways.launch.refusal_rule", rule);
        }

        launches.Add(1, tags);
        launchDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, new KeyValuePair<string, object?>("ltipathways.launch.outcome", outcome));
    }

    private static IEnumerable<Measurement<T>> Measure<T>(OutboxDepth? depth, Func<OutboxDepth, T> value)
        where T : struct =>
        depth is { } read ? [new Measurement<T>(value(read))] : [];

    private static string PlatformHost(string? issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri) ? uri.Host : "unknown";
}
