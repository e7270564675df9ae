using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Telemetry;

/// <summary>Traces and metrics sent by the standard OTEL_* variables to a collector, as an operator's collector receives them.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Spans_name_routes_by_their_template_and_carry_no_signed_link_session_token_or_name()
    {
        await using var collector = await OtlpCollector.StartAsync();
        var linkToken = "mentorlinksecret" + Guid.NewGuid().ToString("N");
        string session;
        using (var factory = new ToolFactory())
        {
            factory.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint;
            factory.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            factory.Settings["OTEL_BSP_SCHEDULE_DELAY"] = "200";
            factory.Settings["OTEL_METRIC_EXPORT_INTERVAL"] = "500";
            using var scenario = await AgsScenario.StartAsync(factory);
            session = await scenario.LaunchAsync("teacher");
            await scenario.OpenAsync(session);
            using var link = await scenario.Browser.GetAsync("/mentor-link/" + linkToken + "?from=mail");
            Assert.Equal(HttpStatusCode.Forbidden, link.StatusCode);
            Assert.True(await collector.WaitForAsync("traces", "/mentor-link/{token}", TimeSpan.FromSeconds(60)), Readable(collector.Received("traces")));
            Assert.True(await collector.WaitForAsync("metrics", "ltipathways.lti.launches", TimeSpan.FromSeconds(60)));
        }

        var traces = collector.Received("traces");
        Assert.Contains("/lti/launch", traces, StringComparison.Ordinal);
        var metrics = collector.Received("metrics");
        foreach (var person in new[] { SandboxCourse.Find("teacher")!, SandboxCourse.Find("student")! })
        {
            foreach (var secret in new[] { linkToken, session, Uri.EscapeDataString(session), person.Name, person.Email, person.Subject, "from=mail" })
            {
                Assert.DoesNotContain(secret, traces, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, metrics, StringComparison.Ordinal);
            }
        }
    }

    private static string Readable(string export) =>
        string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(export, "[ -~]{6,}").Select(m => m.Value).Distinct());
}
