using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Modules;

public static class ModuleServices
{
    /// <summary>The school core's module services, the certification reminders' query, and the module pages' own.</summary>
    public static IServiceCollection AddModules(this IServiceCollection services)
    {
        services.AddScoped<ModuleCatalogue>();
        services.AddScoped<ModuleEnrolments>();
        services.AddScoped<ModuleLearning>();
        services.AddScoped<ModuleMarking>();
        services.AddScoped<ExpiringCertifications>();
        services.AddScoped<ModulePages>();
        return services;
    }
}
