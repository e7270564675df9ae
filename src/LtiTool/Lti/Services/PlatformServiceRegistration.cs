using LtiPathways.LtiTool.Hosting.Network;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.LtiTool.Lti.Registration;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti.Services;

public static class PlatformServiceRegistration
{
    /// <summary>Calls from the tool to platforms: access tokens, NRPS, dynamic registration.</summary>
    public static IServiceCollection AddPlatformServices(this IServiceCollection services)
    {
        // The services client itself (no resilience handler: the score outbox owns retries) is registered with AGS.
        services.AddPublicOnlyPlatformClient();
        services.AddSingleton<IPlatformAccessTokenProvider>(provider => provider.GetRequiredService<PlatformTokenClient>());
        services.AddScoped<MembershipClient>();
        services.AddScoped<DynamicRegistration>();
        services.AddScoped<RegistrationRequests>();
        services.AddScoped<RegistrationStore>();
        services.AddScoped<RegistrationApprovals>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, RegistrationRateLimit>(RegistrationRateLimit.Policy));
        return services;
    }

    /// <summary>The <see cref="PlatformHttpClients.PublicOnly"/> client: public addresses, loopback only with Lti:AllowLoopbackPlatforms.</summary>
    public static IServiceCollection AddPublicOnlyPlatformClient(this IServiceCollection services)
    {
        services.AddHttpClient(PlatformHttpClients.PublicOnly, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(30);
                // Bounds what a stranger's server can make the tool hold, yet fits a Moodle roster, which comes as one page (about 350 bytes a member).
                client.MaxResponseContentBufferSize = 16 * 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new PublicAddressConnector(
                new PublicAddressRule(allowLoopback: provider.GetRequiredService<IOptions<LtiOptions>>().Value.AllowLoopbackPlatforms)).CreateHandler());
        return services;
    }
}
