using System.Collections.Concurrent;
using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Roster;

/// <summary>
/// Refreshes a stale roster when a teacher opens the tool. The sync runs in the background, one per course at a time;
/// the launch waits briefly so the class list is usually complete, and never fails because the platform did.
/// </summary>
public sealed class RosterRefresh(
    IServiceScopeFactory scopes, IOptions<RosterOptions> options, TimeProvider clock,
    IHostApplicationLifetime lifetime, ILogger<RosterRefresh> logger)
{
    private readonly ConcurrentDictionary<Guid, Task> running = new();

    public bool IsStale(Course course) =>
        course.MembershipsUrl is not null
        && (course.RosterSyncedAt is not { } synced || clock.GetUtcNow().UtcDateTime - synced >= options.Value.RefreshAfter);

    public async Task RefreshIfStaleAsync(Course course, CancellationToken cancellationToken)
    {
        if (!IsStale(course))
        {
            return;
        }

        var sync = running.GetOrAdd(course.Id, id => Task.Run(() => RunAsync(id), CancellationToken.None));
        try
        {
            await Task.WhenAny(sync, Task.Delay(options.Value.LaunchWait, clock, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // The person left; the sync carries on without them.
        }
    }

    private async Task RunAsync(Guid courseId)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<RosterSync>().SyncAsync(courseId, lifetime.ApplicationStopping);
            logger.LogInformation("Roster of course {Course} synced: {Active} active, {Inactive} inactive, {Pages} page(s)",
                courseId, result.Active, result.Inactive, result.Pages);
        }
        catch (NrpsException exception)
        {
            logger.LogWarning(exception, "Roster of course {Course} could not be synced at launch", courseId);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Shutting down; the next teacher launch tries again.
        }
        catch (Exception exception)
        {
            // A bug, not a platform problem: log it loudly rather than lose it on a background thread.
            logger.LogError(exception, "Roster sync of course {Course} failed unexpectedly", courseId);
        }
        finally
        {
            running.TryRemove(courseId, out _);
        }
    }
}
