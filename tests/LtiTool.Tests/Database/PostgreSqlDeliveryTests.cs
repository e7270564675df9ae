using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Tests.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Tests.Database;

/// <summary>The tool on PostgreSQL end to end: sandbox registration, launches, a released grade, and two workers draining the outbox.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlDeliveryTests(PostgreSqlServer server) : IAsyncLifetime, IDisposable
{
    private readonly PostgreSqlToolFactory factory = new(server);
    private AgsScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await AgsScenario.StartAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Two_workers_deliver_every_released_score_exactly_once()
    {
        await scenario.ReleaseAsync(await scenario.UserIdAsync(scenario.StudentSubject), "10");
        var other = ActivatorUtilities.CreateInstance<ScoreDeliveryWorker>(
            factory.Services, Options.Create(new ScoreDeliveryOptions { Enabled = false, InstanceName = "second", BatchSize = 3 }));
        using (var scope = factory.Services.CreateScope())
        {
            await OutboxSeeder.QueueAsync(scope.ServiceProvider, 40, scenario.Placement.LineItemId!);
        }

        var first = Task.Run(async () => { while (await scenario.Worker.DeliverDueAsync() > 0) { } });
        var second = Task.Run(async () => { while (await other.DeliverDueAsync() > 0) { } });
        await Task.WhenAll(first, second);

        Assert.Equal(41, scenario.Gradebook.Scores.Count);
        Assert.Equal(41, scenario.Gradebook.Scores.Select(s => s.UserId).Distinct().Count());
        Assert.Equal(41, scenario.ScorePosts);
        Assert.All(await scenario.OutboxAsync(), e => Assert.Equal(ScoreDeliveryStatus.Sent, e.Status));
    }
}
