using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LtiPathways.LtiTool.Telemetry;

/// <summary>
/// The tool's metrics (<see cref="ToolMetrics"/>) always exist; OpenTelemetry collects them only when an operator asks:
/// OTLP through the standard <c>OTEL_EXPORTER_OTLP_*</c> variables, or the Prometheus scrape endpoint. Neither set, no
/// listener runs and a launch pays for nothing.
/// </summary>
public static class TelemetryServices
{
    private const string DefaultServiceName = "ltipathways";

    public static IServiceCollection AddToolTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrometheusScrapeOptions>().Bind(configuration.GetSection(PrometheusScrapeOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ScoreOutboxReading>();
        services.AddSingleton<ToolMetrics>();

        var prometheus = configuration.GetSection(PrometheusScrapeOptions.Section).Get<PrometheusScrapeOptions>() ?? new();
        var otlpTraces = OtlpConfigured(configuration, "TRACES");
        var otlpMetrics = OtlpConfigured(configuration, "METRICS");
        if (configuration.GetValue<bool>("OTEL_SDK_DISABLED") || !(prometheus.Enabled || otlpTraces || otlpMetrics))
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? DefaultServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ToolMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                OnlyThisHostsMeters(metrics);
                if (prometheus.Enabled)
                {
                    // Each scrape reads the outbox afresh; the secret keeps scrapes to the operator's own.
                    metrics.AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0);
                }

                if (otlpMetrics)
                {
                    metrics.AddOtlpExporter();
                }
            });
        if (otlpTraces)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !prometheus.Enabled || !context.Request.Path.StartsWithSegments(prometheus.Path);
                    options.EnrichWithHttpRequest = SpanScrubbing.OnRequest;
                    options.EnrichWithHttpResponse = SpanScrubbing.OnResponse;
                })
                .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = SpanScrubbing.OnOutgoing)
                .AddOtlpExporter());
        }

        return services;
    }

    public static WebApplication MapToolTelemetry(this WebApplication app)
    {
        // The outbox gauges exist from the start, not from the first launch that happens to need the metrics.
        app.Services.GetRequiredService<ToolMetrics>();
        var prometheus = app.Services.GetRequiredService<IOptions<PrometheusScrapeOptions>>().Value;
        if (prometheus.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(prometheus.Path, meterProvider: null,
                configureBranchedPipeline: branch => branch.Use(ScrapeAuthorization.InvokeAsync), optionsName: null);
        }

        return app;
    }

    /// <summary>
    /// Meters made by another host's meter factory in the same process (a second tool in one test run) have the same names;
    /// without this their instruments would be collected here too.
    /// </summary>
    private static void OnlyThisHostsMeters(MeterProviderBuilder metrics)
    {
        if (metrics is IDeferredMeterProviderBuilder deferred)
        {
            deferred.Configure((services, builder) =>
            {
                var own = services.GetRequiredService<IMeterFactory>();
                builder.AddView(instrument =>
                    instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop);
            });
        }
    }

    /// <summary>OTLP is on for a signal when its own endpoint or the common one is set (OpenTelemetry's variables).</summary>
    private static bool OtlpConfigured(IConfiguration configuration, string signal) =>
        !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])
        || !string.IsNullOrWhiteSpace(configuration[$"OTEL_EXPORTER_OTLP_{signal}_ENDPOINT"]);
}
