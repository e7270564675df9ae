using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.LtiTool.Lti.Registration;

namespace LtiPathways.LtiTool.Lti.Services;

public static class PlatformServiceRegistration
{
    /// <summary>Calls from the tool to platforms: access tokens, NRPS, dynamic registration.</summary>
    public static IServiceCollection AddPlatformServices(this IServiceCollection services)
    {
        // The services client itself (no resilience handler: the score outbox owns retries) is registered with AGS.
        services.AddHttpClient(PlatformHttpClients.Registration, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<IPlatformAccessTokenProvider>(provider => provider.GetRequiredService<PlatformTokenClient>());
        services.AddScoped<MembershipClient>();
        services.AddScoped<DynamicRegistration>();
        services.AddScoped<RegistrationApprovals>();
        services.AddScoped<Features.Admin.RegistrationScope>();
        return services;
    }
}
