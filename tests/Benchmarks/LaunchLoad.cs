using System.Diagnostics;
using System.Globalization;

namespace LtiPathways.Benchmarks;

/// <summary>Launches per second with several browsers at once: N complete launches shared among concurrent workers.</summary>
public static class LaunchLoad
{
    public static async Task RunAsync(int launches, int workers, TextWriter output)
    {
        using var tool = await BenchmarkTool.StartAsync();
        var latencies = new double[launches];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            using var driver = tool.NewDriver();
            var person = worker % 2 == 0 ? "teacher" : "student";
            int index;
            while ((index = Interlocked.Increment(ref next)) < launches)
            {
                var started = Stopwatch.GetTimestamp();
                await BenchmarkTool.LaunchAsync(driver, person);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        clock.Stop();

        Array.Sort(latencies);
        double Percentile(double p) => latencies[(int)Math.Min(latencies.Length - 1, Math.Ceiling(p * latencies.Length) - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{launches} launches, {workers} workers, {Environment.ProcessorCount} cores: {launches / clock.Elapsed.TotalSeconds:F0} launches/s; " +
            $"latency p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms"));
    }
}
