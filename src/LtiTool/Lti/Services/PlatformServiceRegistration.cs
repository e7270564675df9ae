using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.LtiTool.Lti.Registration;

namespace LtiPathways.LtiTool.Lti.Services;

public static class PlatformServiceRegistration
{
    /// <summary>Calls from the tool to platforms: access tokens, NRPS, dynamic registration.</summary>
    public static IServiceCollection AddPlatformServices(this IServiceCollection services)
    {
        services.AddHttpClient(PlatformHttpClients.Services, client => client.Timeout = TimeSpan.FromSeconds(30))
            .AddStandardResilienceHandler();
        services.AddHttpClient(PlatformHttpClients.Registration, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<IPlatformAccessTokenProvider, PlatformAccessTokens>();
        services.AddScoped<MembershipClient>();
        services.AddScoped<DynamicRegistration>();
        services.AddScoped<RegistrationApprovals>();
        return services;
    }
}
