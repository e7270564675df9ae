using System.Net;
using System.Net.Http.Headers;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Telemetry;

/// <summary>The Prometheus scrape endpoint as an operator's Prometheus meets it: behind its secret, moving with launches and grades.</summary>
public sealed class MetricsEndpointTests : IDisposable
{
    private const string Secret = "scrape-secret-for-the-metrics-tests";
    private readonly ToolFactory factory = new();

    public MetricsEndpointTests()
    {
        factory.Settings["Telemetry:Prometheus:Enabled"] = "true";
        factory.Settings["Telemetry:Prometheus:Secret"] = Secret;
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_launch_a_refused_replay_and_a_released_grade_move_their_counters_and_no_label_names_the_student()
    {
        using var scenario = await AgsScenario.StartAsync(factory, launchStudent: false);
        var metrics = factory.CreateClient();
        var before = await PrometheusScrape.ReadAsync(metrics, Secret);

        var login = await scenario.Driver.LoginAsync("student");
        var idToken = scenario.Driver.Sign(scenario.Driver.Claims(login, scenario.Placement));
        using (var accepted = await scenario.Driver.LaunchAsync(idToken, login.State))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using (var replayed = await scenario.Driver.LaunchAsync(idToken, login.State))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        }

        var (status, _) = await scenario.ReleaseAsync(await scenario.UserIdAsync(scenario.StudentSubject), "17");
        Assert.Equal(HttpStatusCode.OK, status);
        var queued = await PrometheusScrape.ReadAsync(metrics, Secret);
        await scenario.Worker.DeliverDueAsync();
        var after = await PrometheusScrape.ReadAsync(metrics, Secret);

        const string launches = "ltipathways_lti_launches_total";
        Assert.True(after.Sum(launches, ("ltipathways_launch_outcome", "accepted")) >= before.Sum(launches, ("ltipathways_launch_outcome", "accepted")) + 2);
        Assert.True(after.Sum(launches, ("ltipathways_launch_refusal_rule", "state_replayed"))
            > before.Sum(launches, ("ltipathways_launch_refusal_rule", "state_replayed")));
        Assert.True(after.Sum("ltipathways_lti_launch_duration_seconds_count") >= before.Sum("ltipathways_lti_launch_duration_seconds_count") + 3);
        var platform = ("server_address", new Uri(SandboxPlatform.Issuer).Host);
        Assert.True(after.Sum("ltipathways_score_delivery_attempts_total", platform, ("ltipathways_delivery_outcome", "sent"))
            > before.Sum("ltipathways_score_delivery_attempts_total", platform, ("ltipathways_delivery_outcome", "sent")), after.Text);
        Assert.True(queued.Sum("ltipathways_score_outbox_queued") >= 1);
        Assert.Equal(0, after.Sum("ltipathways_score_outbox_queued"));
        Assert.True(after.Has("http_server_request_duration_seconds_count"), after.Text);

        var person = SandboxCourse.Find("student")!;
        var secrets = new[] { person.Name, person.GivenName, person.FamilyName, person.Email, person.Subject, idToken, login.State, login.Nonce };
        foreach (var (name, labels, _) in after.Samples)
        {
            foreach (var (key, value) in labels)
            {
                Assert.DoesNotContain(secrets, secret => value.Contains(secret, StringComparison.OrdinalIgnoreCase));
                Assert.False(key == "http_route" && value.Contains("?", StringComparison.Ordinal), $"{name}: {key}={value}");
            }
        }
    }

    [Fact]
    public async Task The_scrape_endpoint_refuses_a_request_without_the_secret_or_with_a_wrong_one()
    {
        var client = factory.CreateClient();
        using var bare = await client.GetAsync("/metrics");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret + "x");
        using var wrongAnswer = await client.SendAsync(wrong);
        using var basic = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Secret);
        using var basicAnswer = await client.SendAsync(basic);

        foreach (var answer in new[] { bare, wrongAnswer, basicAnswer })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Equal("Bearer", answer.Headers.WwwAuthenticate.ToString());
            var body = await answer.Content.ReadAsStringAsync();
            Assert.Contains("scrape secret", body, StringComparison.Ordinal);
            Assert.DoesNotContain("ltipathways_", body, StringComparison.Ordinal);
        }

        Assert.True((await PrometheusScrape.ReadAsync(client, Secret)).Has("ltipathways_score_outbox_queued"));
    }

    [Fact]
    public async Task Without_configuration_there_is_no_metrics_endpoint_and_an_enabled_one_needs_a_secret()
    {
        using var plain = new ToolFactory();
        using var response = await plain.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        using var unprotected = new ToolFactory();
        unprotected.Settings["Telemetry:Prometheus:Enabled"] = "true";
        var refused = Assert.ThrowsAny<Exception>(() => unprotected.CreateClient());
        Assert.Contains("Telemetry:Prometheus:Secret", refused.ToString(), StringComparison.Ordinal);
    }
}
