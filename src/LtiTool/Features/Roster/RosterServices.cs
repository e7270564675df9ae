using LtiPathways.PathwayGraphQL.Rosters;

namespace LtiPathways.LtiTool.Features.Roster;

public static class RosterServices
{
    public static IServiceCollection AddRoster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RosterOptions>().Bind(configuration.GetSection(RosterOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CourseRoster>();
        services.AddScoped<RosterSync>();
        services.AddSingleton<RosterRefresh>();
        return services;
    }
}
