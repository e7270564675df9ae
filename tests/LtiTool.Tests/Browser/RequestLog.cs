using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>When each request of a page started and ended, so a failed wait can say which request kept it waiting.</summary>
public sealed class RequestLog
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<IRequest, (TimeSpan Started, TimeSpan? Ended, string Outcome)> requests = new();

    public RequestLog(IPage page)
    {
        page.Request += (_, request) => requests[request] = (clock.Elapsed, null, "pending");
        page.RequestFinished += (_, request) => End(request, "done");
        page.RequestFailed += (_, request) => End(request, "failed: " + request.Failure);
    }

    /// <summary>Requests still open, or that took longer than the threshold, oldest first.</summary>
    public string Slow(TimeSpan threshold)
    {
        var now = clock.Elapsed;
        var slow = requests
            .Where(r => (r.Value.Ended ?? now) - r.Value.Started > threshold)
            .OrderBy(r => r.Value.Started)
            .Select(r => $"{r.Key.Method} {Shorten(r.Key.Url)} at {r.Value.Started.TotalSeconds:0.0}s for {((r.Value.Ended ?? now) - r.Value.Started).TotalSeconds:0.0}s ({r.Value.Outcome})");
        return string.Join("; ", slow);
    }

    private void End(IRequest request, string outcome)
    {
        if (requests.TryGetValue(request, out var entry))
        {
            requests[request] = (entry.Started, clock.Elapsed, outcome);
        }
    }

    private static string Shorten(string url) => url.Split('?')[0];
}
