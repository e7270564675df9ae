namespace LtiPathways.LtiTool.Media;

public static class MediaServices
{
    /// <summary>The media worker and its ffmpeg runner, configured from the <c>Media</c> section.</summary>
    public static IServiceCollection AddMediaProcessing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FfmpegCli>();
        services.AddSingleton<MediaProcessor>();
        services.AddSingleton<MediaJobRecorder>();
        services.AddSingleton<MediaWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<MediaWorker>());
        return services;
    }
}
