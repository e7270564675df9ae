using BenchmarkDotNet.Attributes;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.Benchmarks;

/// <summary>Milliseconds per complete LTI launch, one at a time.</summary>
[InProcess]
[MemoryDiagnoser]
public class LaunchBenchmarks
{
    private BenchmarkTool tool = default!;
    private LaunchDriver driver = default!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        tool = await BenchmarkTool.StartAsync();
        driver = tool.NewDriver();
    }

    [Benchmark]
    public Task CompleteLaunch() => BenchmarkTool.LaunchAsync(driver, "teacher");

    [GlobalCleanup]
    public void CleanUp()
    {
        driver.Dispose();
        tool.Dispose();
    }
}
