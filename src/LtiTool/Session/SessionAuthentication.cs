using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Session;

public static class SessionAuthentication
{
    /// <summary>JwtBearer over the tool's own keys; <see cref="SessionTokenSources"/> decides where the token may come from.</summary>
    public static IServiceCollection AddToolSession(this IServiceCollection services)
    {
        services.AddSingleton<SessionKeyConfigurationManager>();
        services.AddScoped<SessionTokenIssuer>();
        services.AddAuthentication(SessionTokenConstants.Scheme)
            .AddJwtBearer(SessionTokenConstants.Scheme, options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = SessionTokenConstants.Issuer,
                    ValidAudience = SessionTokenConstants.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                };
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = SessionTokenSources.ReadAsync,
                    OnTokenValidated = SessionRenewal.RenewIfOldAsync,
                    OnChallenge = SessionTokenSources.ExplainChallengeAsync,
                };
            });
        services.AddOptions<JwtBearerOptions>(SessionTokenConstants.Scheme)
            .Configure<SessionKeyConfigurationManager, TimeProvider>((options, manager, clock) =>
            {
                options.ConfigurationManager = manager;
                // JwtBearer reads the system clock; this keeps expiry on the one clock the rest of the tool uses.
                options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    return (notBefore is null || notBefore <= now + parameters.ClockSkew)
                        && expires is not null && expires >= now - parameters.ClockSkew;
                };
            });
        services.AddAuthorization();
        return services;
    }
}
