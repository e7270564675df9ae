using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LtiPathways.LtiTool.Tests.Telemetry;

/// <summary>
/// A stand-in OpenTelemetry collector on a loopback port: takes OTLP/HTTP exports and keeps their bodies. Protobuf keeps
/// strings as plain UTF-8, so what a span or a label says can be searched for in the bytes.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> exports = new();

    private OtlpCollector(WebApplication app) => this.app = app;

    public string Endpoint => app.Urls.Single();

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var collector = new OtlpCollector(builder.Build());
        collector.app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector.exports.Enqueue((signal, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await collector.app.StartAsync();
        return collector;
    }

    /// <summary>Everything exported for one signal ("traces", "metrics"), as text.</summary>
    public string Received(string signal) =>
        string.Concat(exports.Where(export => export.Signal == signal).Select(export => Encoding.UTF8.GetString(export.Body)));

    /// <summary>Waits until an export of the signal contains the text (exporters send in batches, on their own schedule).</summary>
    public async Task<bool> WaitForAsync(string signal, string text, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!Received(signal).Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
