using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LtiPathways.LtiTool.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddToolHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ReadinessCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapToolHealth(this IEndpointRouteBuilder routes)
    {
        // Live: the process answers. Ready: it can also serve launches.
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return routes;
    }
}
