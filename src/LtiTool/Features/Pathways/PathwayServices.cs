using LtiPathways.LtiTool.Features.Pathways.Editing;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Recordings;

namespace LtiPathways.LtiTool.Features.Pathways;

public static class PathwayServices
{
    /// <summary>The school core's plan services and the planner pages' own.</summary>
    public static IServiceCollection AddPathways(this IServiceCollection services)
    {
        services.AddScoped<PlanCommands>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanReviews>();
        services.AddScoped<Coordinators>();
        services.AddScoped<Caseload>();
        services.AddScoped<MenteePlans>();
        services.AddScoped<InstitutionPlans>();
        services.AddScoped<EvidenceChoices>();
        services.AddScoped<PlanRecordings>();
        services.AddScoped<TemplateCommands>();
        services.AddScoped<PlanPages>();
        services.AddScoped<PlanSaving>();
        services.AddScoped<PlannerLinks>();
        return services;
    }
}
