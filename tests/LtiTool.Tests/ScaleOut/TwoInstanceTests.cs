using System.Net;
using System.Text.Json;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Tests.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.ScaleOut;

/// <summary>Two tool instances behind a load balancer that keeps no session stickiness, on one PostgreSQL database.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class TwoInstanceTests(PostgreSqlServer server) : IDisposable
{
    private readonly TwoInstances tools = new(server);

    public void Dispose() => tools.Dispose();

    [Fact]
    public async Task A_login_on_one_instance_launches_on_the_other_its_replay_is_refused_and_grades_released_on_both_arrive_once()
    {
        using var first = await AgsScenario.StartAsync(tools.First, launchStudent: false);
        using var second = AgsScenario.Attach(tools.Second, first.Placement);

        using var loginAnswer = await first.Driver.StartLoginAsync(LaunchDriver.LoginParameters("student"));
        Assert.Equal(HttpStatusCode.Redirect, loginAnswer.StatusCode);
        var location = loginAnswer.Headers.Location!;
        var query = QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        var login = new Login(location, query, query["state"], query["nonce"], "student", "LtiResourceLinkRequest", SandboxPlatform.DeploymentId);
        var cookies = string.Join("; ", loginAnswer.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]));
        var idToken = first.Driver.Sign(first.Driver.Claims(login, first.Placement));

        using var launched = await LaunchInBrowserAsync(second, idToken, login.State, cookies);
        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        using var replayed = await LaunchInBrowserAsync(first, idToken, login.State, cookies);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Contains("already been used", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The session the second instance started opens the student's page on the first.
        using var page = await first.Browser.GetAsync(launched.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var student = await first.UserIdAsync(first.StudentSubject);
        Assert.Equal(HttpStatusCode.OK, (await first.ReleaseAsync(student, "11")).Status);
        Assert.Equal(HttpStatusCode.OK, (await second.ReleaseAsync(student, "14")).Status);
        using (var scope = tools.First.Services.CreateScope())
        {
            await OutboxSeeder.QueueAsync(scope.ServiceProvider, 30, first.Placement.LineItemId!);
        }

        await Task.WhenAll(new[] { first.Worker, second.Worker }.Select(worker => Task.Run(async () =>
        {
            while (await worker.DeliverDueAsync() > 0)
            {
            }
        })));

        var outbox = await second.OutboxAsync();
        Assert.Equal(32, outbox.Count);
        Assert.All(outbox, entry => Assert.Equal(ScoreDeliveryStatus.Sent, entry.Status));
        Assert.Equal(32, first.ScorePosts);
        Assert.Equal(32, first.Gradebook.Scores.Count);
        var jordan = first.Gradebook.Scores.Where(score => score.UserId == first.StudentSubject).Select(ScoreGiven).ToList();
        Assert.Equal([11m, 14m], jordan);
    }

    [Fact]
    public async Task An_instance_stopped_in_the_middle_of_a_delivery_leaves_its_scores_to_the_other_which_sends_each_once()
    {
        var first = await AgsScenario.StartAsync(tools.First);
        using var second = AgsScenario.Attach(tools.Second, first.Placement);
        using (var scope = tools.First.Services.CreateScope())
        {
            await OutboxSeeder.QueueAsync(scope.ServiceProvider, 12, first.Placement.LineItemId!);
        }

        tools.Stall.On = true;
        using var kill = new CancellationTokenSource();
        var dying = first.Worker.DeliverDueAsync(kill.Token);
        await tools.Stall.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        kill.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);
        first.Dispose();
        tools.First.Dispose();

        // Its lease still holds the scores; once it runs out the surviving instance takes them over.
        Assert.Equal(0, await second.Worker.DeliverDueAsync());
        tools.First.Clock.Advance(TimeSpan.FromMinutes(2));
        while (await second.Worker.DeliverDueAsync() > 0)
        {
        }

        var outbox = await second.OutboxAsync();
        Assert.Equal(12, outbox.Count);
        Assert.All(outbox, entry => Assert.Equal(ScoreDeliveryStatus.Sent, entry.Status));
        Assert.Equal(12, second.ScorePosts);
        Assert.Equal(12, second.Gradebook.Scores.Select(score => score.UserId).Distinct().Count());
        Assert.Equal(12, second.Gradebook.Scores.Count);
    }

    /// <summary>The launch form post as a browser in an LMS frame sends it: cross-site, with the cookies the login set.</summary>
    private static async Task<HttpResponseMessage> LaunchInBrowserAsync(AgsScenario instance, string idToken, string state, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LaunchDriver.ToolBase + "/lti/launch")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = idToken, ["state"] = state }),
        };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Cookie", cookies);
        return await instance.Driver.CookielessClient.SendAsync(request);
    }

    private static decimal ScoreGiven(SandboxScore score)
    {
        using var json = JsonDocument.Parse(score.Json);
        return json.RootElement.GetProperty("scoreGiven").GetDecimal();
    }
}
