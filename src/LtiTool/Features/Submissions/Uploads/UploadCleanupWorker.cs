using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>Runs <see cref="UploadCleanup"/> every Uploads:CleanupEvery.</summary>
public sealed class UploadCleanupWorker(IServiceScopeFactory scopes, IOptions<UploadOptions> options, TimeProvider clock, ILogger<UploadCleanupWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupEvery, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<UploadCleanup>().RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Upload cleanup failed; it runs again next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
