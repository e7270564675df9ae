using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Grading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Tests.Grading;

public sealed class ScoreDeliveryTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AgsScenario scenario = default!;
    private Guid student;

    public async Task InitializeAsync()
    {
        scenario = await AgsScenario.StartAsync(factory);
        student = await scenario.UserIdAsync(scenario.StudentSubject);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Three_503s_then_a_200_deliver_the_score_exactly_once()
    {
        scenario.Faults.FailNextScores(3);
        await scenario.ReleaseAsync(student, "15");

        for (var i = 0; i < 4; i++)
        {
            await scenario.Worker.DeliverDueAsync();
            factory.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        await scenario.Worker.DeliverDueAsync();
        Assert.Single(scenario.Gradebook.Scores);
        Assert.Equal(4, scenario.ScorePosts);
        var entry = Assert.Single(await scenario.OutboxAsync());
        Assert.Equal(ScoreDeliveryStatus.Sent, entry.Status);
        Assert.Equal(4, entry.Attempts);
    }

    [Fact]
    public async Task A_retry_after_a_lost_answer_counts_the_platforms_timestamp_refusal_as_delivered()
    {
        scenario.Faults.ApplyNextScoreThenFail();
        await scenario.ReleaseAsync(student, "15");

        await scenario.Worker.DeliverDueAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await scenario.Worker.DeliverDueAsync();

        Assert.Single(scenario.Gradebook.Scores);
        Assert.Equal(2, scenario.ScorePosts);
        Assert.Equal(ScoreDeliveryStatus.Sent, Assert.Single(await scenario.OutboxAsync()).Status);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_not_retried_before_the_platform_allows()
    {
        scenario.Faults.RateLimitNextScore(TimeSpan.FromSeconds(30));
        await scenario.ReleaseAsync(student, "15");

        await scenario.Worker.DeliverDueAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(29));
        await scenario.Worker.DeliverDueAsync();
        Assert.Equal(1, scenario.ScorePosts);
        Assert.Empty(scenario.Gradebook.Scores);

        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        await scenario.Worker.DeliverDueAsync();
        Assert.Equal(2, scenario.ScorePosts);
        Assert.Single(scenario.Gradebook.Scores);
    }

    [Fact]
    public async Task A_permanent_400_is_shown_to_the_teacher_and_retry_sends_it_once_the_lms_accepts()
    {
        scenario.Faults.RejectScores("This student's enrolment is concluded.");
        await scenario.ReleaseAsync(student, "15");
        await scenario.Worker.DeliverDueAsync();
        await scenario.Worker.DeliverDueAsync();

        // Session tokens are checked against the real clock, so this test does not move the fake one.
        Assert.Equal(1, scenario.ScorePosts);
        var page = await scenario.OpenAsync(await scenario.LaunchAsync("teacher"));
        Assert.Contains("Failed: The LMS refused the score (400): This student&#x27;s enrolment is concluded.", page, StringComparison.Ordinal);
        Assert.Contains($"formaction=\"/app/grading/retry/{student}#notice-region\"", page, StringComparison.Ordinal);

        scenario.Faults.Clear();
        var (_, html) = await scenario.PostAsync(page, $"retry/{student}", new Dictionary<string, string>());
        Assert.Contains("queued to be sent again", html, StringComparison.Ordinal);
        await scenario.Worker.DeliverDueAsync();
        Assert.Single(scenario.Gradebook.Scores);
    }

    [Fact]
    public async Task Two_scores_for_one_student_arrive_in_timestamp_order_even_when_the_first_must_wait()
    {
        scenario.Faults.FailNextScores(1);
        await scenario.ReleaseAsync(student, "10", "First mark");
        await scenario.ReleaseAsync(student, "14", "After the resubmission");

        await scenario.Worker.DeliverDueAsync();
        Assert.Empty(scenario.Gradebook.Scores);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await scenario.Worker.DeliverDueAsync();
        await scenario.Worker.DeliverDueAsync();

        var scores = scenario.Gradebook.Scores.Select(s => JsonNode.Parse(s.Json)!).ToList();
        Assert.Equal(["First mark", "After the resubmission"], scores.Select(s => s["comment"]!.GetValue<string>()));
        var stamps = scores.Select(s => DateTimeOffset.Parse(s["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(stamps[1] > stamps[0]);
    }

    [Fact]
    public async Task An_expired_platform_token_is_refreshed_once_and_the_score_still_arrives()
    {
        var tokens = factory.Services.GetRequiredService<PlatformTokenClient>();
        await scenario.ReleaseAsync(student, "10");
        await scenario.Worker.DeliverDueAsync();
        var requestsBefore = tokens.RequestCount;

        factory.Services.GetRequiredService<LtiPathways.LtiTool.Sandbox.SandboxAccessTokens>().ExpireAll();
        await scenario.ReleaseAsync(student, "12");
        await scenario.Worker.DeliverDueAsync();

        Assert.Equal(requestsBefore + 1, tokens.RequestCount);
        Assert.Equal(2, scenario.Gradebook.Scores.Count);
        var posts = scenario.Log.Calls.Where(c => c.PathAndQuery.Contains("/scores", StringComparison.Ordinal)).Select(c => c.StatusCode);
        Assert.Equal([200, 401, 200], posts);
    }

    [Fact]
    public async Task Two_workers_leasing_the_same_outbox_never_send_an_entry_twice()
    {
        await scenario.ReleaseAsync(student, "10");
        var other = ActivatorUtilities.CreateInstance<ScoreDeliveryWorker>(
            factory.Services, Options.Create(new ScoreDeliveryOptions { Enabled = false, InstanceName = "second", BatchSize = 3 }));
        await SeedStudentsAsync(40);

        var first = Task.Run(async () => { while (await scenario.Worker.DeliverDueAsync() > 0) { } });
        var second = Task.Run(async () => { while (await other.DeliverDueAsync() > 0) { } });
        await Task.WhenAll(first, second);

        Assert.Equal(41, scenario.Gradebook.Scores.Count);
        Assert.Equal(41, scenario.Gradebook.Scores.Select(s => s.UserId).Distinct().Count());
        Assert.Equal(41, scenario.ScorePosts);
        Assert.All(await scenario.OutboxAsync(), e => Assert.Equal(ScoreDeliveryStatus.Sent, e.Status));
    }

    private async Task SeedStudentsAsync(int count)
    {
        using var scope = factory.Services.CreateScope();
        var seeded = await OutboxSeeder.QueueAsync(scope.ServiceProvider, count, scenario.Placement.LineItemId!);
        Assert.Equal(count, seeded);
    }
}
