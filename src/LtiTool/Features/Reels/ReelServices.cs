using LtiPathways.PathwayGraphQL.Reels;

namespace LtiPathways.LtiTool.Features.Reels;

public static class ReelServices
{
    /// <summary>The school core's reel services and the reel pages' own.</summary>
    public static IServiceCollection AddReels(this IServiceCollection services)
    {
        services.AddScoped<ReelChoices>();
        services.AddScoped<ReelEditor>();
        services.AddScoped<ReelSharing>();
        services.AddScoped<ReelShows>();
        services.AddScoped<ReelLinkGate>();
        services.AddScoped<ReelPages>();
        return services;
    }
}
