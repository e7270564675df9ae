using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.LtiTool.Features.Partnerships;

public static class PartnershipServices
{
    /// <summary>The school core's partnership services and the partnership pages' own.</summary>
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<ProviderCatalogue>();
        services.AddScoped<PartnershipRecords>();
        services.AddScoped<ProviderEvaluations>();
        services.AddScoped<PartnershipLifecycle>();
        services.AddScoped<AgreementReminders>();
        services.AddScoped<ProviderPages>();
        services.AddScoped<AgreementUpload>();
        return services;
    }
}
