using System.Collections.Concurrent;

namespace LtiPathways.LtiTool.Lti.Ags.Delivery;

/// <summary>Per registration, the time before which no score is sent, after a 429 or an exhausted rate limit (checklist D.32).</summary>
public sealed class PlatformThrottle
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> pauses = new();

    public DateTimeOffset? PausedUntil(Guid registrationId, DateTimeOffset now) =>
        pauses.TryGetValue(registrationId, out var until) && until > now ? until : null;

    public void Pause(Guid registrationId, DateTimeOffset until) =>
        pauses.AddOrUpdate(registrationId, until, (_, current) => current > until ? current : until);
}
