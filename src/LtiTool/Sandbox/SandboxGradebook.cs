using System.Collections.Concurrent;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The sandbox platform's course state, in memory: the links teachers placed by deep linking, the gradebook columns
/// (AGS line items) and every score the tool sent, in arrival order.
/// </summary>
public sealed class SandboxGradebook
{
    private readonly Lock gate = new();
    private readonly List<SandboxScore> scores = [];

    public ConcurrentDictionary<string, SandboxLineItem> LineItems { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, SandboxPlacement> Placements { get; } = new(StringComparer.Ordinal);

    public void AddScore(SandboxScore score)
    {
        lock (gate)
        {
            scores.Add(score);
        }
    }

    public IReadOnlyList<SandboxScore> Scores
    {
        get
        {
            lock (gate)
            {
                return [.. scores];
            }
        }
    }
}
