using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti.Ags.Delivery;

/// <summary>Exponential backoff with jitter, never earlier than a platform's Retry-After.</summary>
public sealed class RetrySchedule(IOptions<ScoreDeliveryOptions> options, Random random)
{
    public DateTimeOffset NextAttempt(DateTimeOffset now, int attemptsSoFar, DateTimeOffset? notBefore)
    {
        var settings = options.Value;
        var exponent = Math.Clamp(attemptsSoFar - 1, 0, 30);
        var full = Math.Min(settings.MaxRetryDelay.TotalMilliseconds, settings.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, exponent));

        // Half fixed, half random: instances that failed together do not all come back in the same second.
        var delay = TimeSpan.FromMilliseconds(full / 2 + (random.NextDouble() * full / 2));
        var next = now + delay;
        return notBefore is { } platformAsked && platformAsked > next ? platformAsked : next;
    }
}
