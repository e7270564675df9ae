using System.Collections.Concurrent;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The last score timestamp per (line item, user), checked and moved in one step as Canvas does (checklist D.29).</summary>
public sealed class SandboxScoreTimestamps
{
    private readonly ConcurrentDictionary<(string LineItem, string User), DateTimeOffset> last = new();

    /// <summary>False when the timestamp is not after the last one accepted; the previous one is returned for the error sentence.</summary>
    public bool TryAdvance(string lineItemId, string userId, DateTimeOffset timestamp, out DateTimeOffset? previous)
    {
        var key = (lineItemId, userId);
        while (true)
        {
            if (last.TryGetValue(key, out var current))
            {
                previous = current;
                if (timestamp <= current)
                {
                    return false;
                }

                if (last.TryUpdate(key, timestamp, current))
                {
                    return true;
                }
            }
            else if (last.TryAdd(key, timestamp))
            {
                previous = null;
                return true;
            }
        }
    }
}
