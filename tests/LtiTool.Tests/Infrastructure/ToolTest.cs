using LtiPathways.PathwayGraphQL.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>
/// A test against a running tool with the sandbox platform registered, driven by a browser of its own.
/// Tests that change shared state (clock, keys, registrations) own their tool; pure rule tests share one per class
/// through <c>IClassFixture&lt;ToolFactory&gt;</c>, because booting a host costs more than the test itself.
/// </summary>
public abstract class ToolTest : IAsyncLifetime, IDisposable
{
    private readonly bool ownsFactory;

    protected ToolTest()
        : this(new ToolFactory(), ownsFactory: true)
    {
    }

    protected ToolTest(ToolFactory shared)
        : this(shared, ownsFactory: false)
    {
    }

    private ToolTest(ToolFactory factory, bool ownsFactory)
    {
        Factory = factory;
        this.ownsFactory = ownsFactory;
        Driver = new LaunchDriver(factory);
    }

    protected ToolFactory Factory { get; }

    protected LaunchDriver Driver { get; }

    public virtual Task InitializeAsync() => Driver.RegisterSandboxAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Driver.Dispose();
        if (ownsFactory)
        {
            Factory.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Runs a query against the tool's database in a scope of its own.</summary>
    protected async Task<T> QueryAsync<T>(Func<PathwaysDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwaysDbContext>());
    }

    /// <summary>Runs a tool service in a scope of its own.</summary>
    protected async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        using var scope = Factory.Services.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
