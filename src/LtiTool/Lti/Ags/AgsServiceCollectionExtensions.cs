using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.PathwayGraphQL.Grading;

namespace LtiPathways.LtiTool.Lti.Ags;

public static class AgsServiceCollectionExtensions
{
    /// <summary>AGS clients, the score outbox and its delivery worker.</summary>
    public static IServiceCollection AddAssignmentAndGradeServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScoreDeliveryOptions>().Bind(configuration.GetSection(ScoreDeliveryOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        // No resilience handler here: the outbox worker owns retries, and must see each 429 and 503 to honour it.
        services.AddHttpClient(PlatformTokenClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<PlatformTokenClient>();
        services.AddSingleton<PlatformServiceClient>();
        services.AddSingleton<LineItemClient>();
        services.AddSingleton<ScoreClient>();
        services.AddSingleton<ResultClient>();
        services.AddScoped<ScoreOutbox>();
        services.AddScoped<IGradebookColumns, GradebookColumn>();
        services.AddSingleton<PlatformThrottle>();
        services.AddSingleton(provider => new RetrySchedule(
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScoreDeliveryOptions>>(), Random.Shared));
        services.AddSingleton<ScoreDeliveryWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ScoreDeliveryWorker>());
        return services;
    }
}
