namespace LtiPathways.LtiTool.Sandbox;

/// <summary>Fault injection for the sandbox score service, so tests and demos can watch the tool retry, wait and give up.</summary>
public sealed class SandboxFaults
{
    private readonly Lock gate = new();
    private readonly Queue<SandboxFault> next = new();
    private SandboxFault? permanent;

    /// <summary>When set, every score answer carries X-Rate-Limit-Remaining with this value.</summary>
    public int? RateLimitRemaining { get; set; }

    public void FailNextScores(int count, int statusCode = StatusCodes.Status503ServiceUnavailable)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                next.Enqueue(new SandboxFault(statusCode, "The sandbox platform is pretending to be unavailable."));
            }
        }
    }

    public void RateLimitNextScore(TimeSpan retryAfter) => Enqueue(new SandboxFault(
        StatusCodes.Status429TooManyRequests, "Rate limit exceeded.", retryAfter));

    /// <summary>The score is stored but the answer is lost, as when a connection drops after the platform committed.</summary>
    public void ApplyNextScoreThenFail() => Enqueue(new SandboxFault(
        StatusCodes.Status503ServiceUnavailable, "The sandbox stored the score but is pretending the answer got lost.", ApplyFirst: true));

    public void RejectScores(string reason)
    {
        lock (gate)
        {
            permanent = new SandboxFault(StatusCodes.Status400BadRequest, reason);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            next.Clear();
            permanent = null;
            RateLimitRemaining = null;
        }
    }

    public SandboxFault? TakeScoreFault()
    {
        lock (gate)
        {
            return next.TryDequeue(out var fault) ? fault : permanent;
        }
    }

    private void Enqueue(SandboxFault fault)
    {
        lock (gate)
        {
            next.Enqueue(fault);
        }
    }
}
