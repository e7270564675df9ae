using LtiPathways.PathwayGraphQL.Dashboards;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Dashboards;

public static class DashboardServices
{
    /// <summary>The school core's dashboards, the plan summaries they read, and the pass that keeps those fresh.</summary>
    public static IServiceCollection AddDashboards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PlanSummaries>();
        services.AddScoped<CoordinatorDashboard>();
        services.AddScoped<ImpactOverTime>();
        services.AddHostedService<PlanSummaryWorker>();
        return services;
    }
}
