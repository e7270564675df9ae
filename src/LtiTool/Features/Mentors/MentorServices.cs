using LtiPathways.LtiTool.Features.Mentors.SignedLinks;
using LtiPathways.PathwayGraphQL.Mentoring;

namespace LtiPathways.LtiTool.Features.Mentors;

public static class MentorServices
{
    /// <summary>Mentors inside the LMS and outside mentors' signed links, with the links' options and rate limit.</summary>
    public static IServiceCollection AddMentors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignedLinkOptions>().Bind(configuration.GetSection(SignedLinkOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, SignedLinkRateLimit>(SignedLinkRateLimit.Policy));
        services.AddScoped<MentorWork>();
        services.AddScoped<StudentMentors>();
        services.AddScoped<MentorLinkGate>();
        services.AddScoped<MentorActions>();
        services.AddScoped<MenteePages>();
        services.AddScoped<StudentMentorsPages>();
        services.AddScoped<SignedLinkPages>();
        return services;
    }
}
