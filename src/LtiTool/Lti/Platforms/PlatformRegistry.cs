using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Platforms;

/// <summary>Finds and maintains platform registrations and their deployments.</summary>
public class PlatformRegistry(PathwaysDbContext db, FrameAncestors frameAncestors, TimeProvider clock)
{
    /// <summary>LTI Core 5.1.1: a platform may omit client_id at login; that is only unambiguous when the issuer has one registration.</summary>
    public async Task<PlatformRegistration?> FindAsync(string issuer, string? clientId, CancellationToken cancellationToken = default)
    {
        var candidates = db.PlatformRegistrations.Include(r => r.Deployments).Where(r => r.Issuer == issuer);
        if (!string.IsNullOrEmpty(clientId))
        {
            return await candidates.FirstOrDefaultAsync(r => r.ClientId == clientId, cancellationToken);
        }

        var found = await candidates.Take(2).ToListAsync(cancellationToken);
        return found.Count == 1 ? found[0] : null;
    }

    public Task<List<PlatformRegistration>> ListAsync(CancellationToken cancellationToken = default) =>
        db.PlatformRegistrations.Include(r => r.Deployments).AsNoTracking()
            .OrderBy(r => r.Issuer).ThenBy(r => r.ClientId).ToListAsync(cancellationToken);

    /// <summary>Returns the deployment if the registration knows it, registering it first when the registration accepts new ones.</summary>
    public async Task<PlatformDeployment?> FindDeploymentAsync(
        PlatformRegistration registration, string deploymentId, CancellationToken cancellationToken = default)
    {
        var deployment = await db.PlatformDeployments.FirstOrDefaultAsync(
            d => d.RegistrationId == registration.Id && d.DeploymentId == deploymentId, cancellationToken);
        if (deployment is not null || !registration.AutoRegisterDeployments)
        {
            return deployment;
        }

        deployment = new PlatformDeployment { RegistrationId = registration.Id, DeploymentId = deploymentId };
        db.PlatformDeployments.Add(deployment);
        await db.SaveChangesAsync(cancellationToken);
        return deployment;
    }

    /// <summary>Creates or updates the registration for (issuer, client id); deployments are added, never silently dropped.</summary>
    public async Task<PlatformRegistration> UpsertAsync(
        PlatformOptions platform, RegistrationSource source, CancellationToken cancellationToken = default)
    {
        var registration = await db.PlatformRegistrations.Include(r => r.Deployments)
            .FirstOrDefaultAsync(r => r.Issuer == platform.Issuer && r.ClientId == platform.ClientId, cancellationToken);
        if (registration is null)
        {
            registration = new PlatformRegistration
            {
                Issuer = platform.Issuer,
                ClientId = platform.ClientId,
                AuthorizationEndpoint = platform.AuthorizationEndpoint,
                TokenEndpoint = platform.TokenEndpoint,
                JwksUri = platform.JwksUri,
                Source = source,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.PlatformRegistrations.Add(registration);
        }

        registration.Name = platform.Name ?? registration.Name;
        registration.AuthorizationEndpoint = platform.AuthorizationEndpoint;
        registration.TokenEndpoint = platform.TokenEndpoint;
        registration.JwksUri = platform.JwksUri;
        registration.AutoRegisterDeployments = platform.AutoRegisterDeployments;
        foreach (var deploymentId in platform.DeploymentIds.Distinct(StringComparer.Ordinal))
        {
            if (registration.Deployments.All(d => d.DeploymentId != deploymentId))
            {
                registration.Deployments.Add(new PlatformDeployment { DeploymentId = deploymentId });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        frameAncestors.Invalidate();
        return registration;
    }

    /// <summary>Removes a registration that no user or course depends on; people's work is never deleted as a side effect.</summary>
    public async Task<RemoveResult> RemoveAsync(string issuer, string clientId, CancellationToken cancellationToken = default)
    {
        var registration = await db.PlatformRegistrations
            .FirstOrDefaultAsync(r => r.Issuer == issuer && r.ClientId == clientId, cancellationToken);
        if (registration is null)
        {
            return RemoveResult.NotFound;
        }

        var inUse = await db.Users.AnyAsync(u => u.RegistrationId == registration.Id, cancellationToken)
            || await db.Courses.AnyAsync(c => c.Deployment!.RegistrationId == registration.Id, cancellationToken);
        if (inUse)
        {
            return RemoveResult.InUse;
        }

        db.PlatformRegistrations.Remove(registration);
        await db.SaveChangesAsync(cancellationToken);
        frameAncestors.Invalidate();
        return RemoveResult.Removed;
    }

    public async Task<bool> SetEnabledAsync(string issuer, string clientId, bool enabled, CancellationToken cancellationToken = default)
    {
        var updated = await db.PlatformRegistrations
            .Where(r => r.Issuer == issuer && r.ClientId == clientId)
            .ExecuteUpdateAsync(update => update.SetProperty(r => r.Enabled, enabled), cancellationToken);
        frameAncestors.Invalidate();
        return updated > 0;
    }
}
