using System.Diagnostics;
using System.Globalization;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.Benchmarks;

/// <summary>One request repeated after 3 warm-ups: p50 and p95 time, and the SQL statements each sent.</summary>
public sealed record RequestTimings(double P50, double P95, IReadOnlyCollection<int> Statements)
{
    public static async Task<RequestTimings> MeasureAsync(int requests, SqlStatementCount statements, Func<Task> request)
    {
        for (var i = 0; i < 3; i++)
        {
            await request();
        }
        var times = new double[requests];
        var perRequest = new SortedSet<int>();
        for (var i = 0; i < requests; i++)
        {
            statements.Reset();
            var started = Stopwatch.GetTimestamp();
            await request();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            perRequest.Add(statements.Value);
        }
        Array.Sort(times);
        double Percentile(double p) => times[(int)Math.Min(times.Length - 1, Math.Ceiling(p * times.Length) - 1)];
        return new(Percentile(0.50), Percentile(0.95), perRequest);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"p50 {P50:F1} ms, p95 {P95:F1} ms; SQL statements per request: {string.Join(", ", Statements)}");
}
