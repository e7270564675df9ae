using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Platforms;

/// <summary>Finds and maintains platform registrations and their deployments.</summary>
public class PlatformRegistry(PathwaysDbContext db, FrameAncestors frameAncestors, TimeProvider clock, ILogger<PlatformRegistry> logger)
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
        db.PlatformRegistrations.Include(r => r.Deployments).Include(r => r.PendingChange).AsNoTracking()
            .OrderBy(r => r.Issuer).ThenBy(r => r.ClientId).ToListAsync(cancellationToken);

    /// <summary>
    /// Returns the deployment if the registration accepts it, registering it first when the registration accepts new ones.
    /// A retired deployment is refused and not registered again: an operator removed it.
    /// </summary>
    public async Task<PlatformDeployment?> FindDeploymentAsync(
        PlatformRegistration registration, string deploymentId, CancellationToken cancellationToken = default)
    {
        var deployment = await StoredDeploymentAsync(registration, deploymentId, cancellationToken);
        if (deployment is not null || !AcceptsNew(registration, deploymentId))
        {
            return deployment is { IsActive: true } ? deployment : null;
        }

        deployment = new PlatformDeployment { RegistrationId = registration.Id, DeploymentId = deploymentId };
        db.PlatformDeployments.Add(deployment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return deployment;
        }
        catch (DbUpdateException)
        {
            // Two first launches from one new deployment at once: the other stored it, so use that row.
            db.Entry(deployment).State = EntityState.Detached;
            return await StoredDeploymentAsync(registration, deploymentId, cancellationToken) is { IsActive: true } stored ? stored : null;
        }
    }

    /// <summary>
    /// Whether a launch from this deployment would be accepted, without storing anything: the login is unsigned, so only
    /// the signed launch that follows may register a new deployment.
    /// </summary>
    public async Task<bool> AcceptsDeploymentAsync(PlatformRegistration registration, string deploymentId, CancellationToken cancellationToken = default)
    {
        // A registration found for a login comes with its deployments; looking again would cost the login a round trip.
        var stored = db.Entry(registration).Collection(r => r.Deployments).IsLoaded
            ? registration.Deployments.FirstOrDefault(d => d.DeploymentId == deploymentId)
            : await StoredDeploymentAsync(registration, deploymentId, cancellationToken);
        return stored is not null ? stored.IsActive : AcceptsNew(registration, deploymentId);
    }

    // LTI Core 1.3 section 5.3.3: a deployment_id is at most 255 ASCII characters.
    private static bool AcceptsNew(PlatformRegistration registration, string deploymentId) =>
        registration.AutoRegisterDeployments && deploymentId.Length is > 0 and <= 255;

    private Task<PlatformDeployment?> StoredDeploymentAsync(PlatformRegistration registration, string deploymentId, CancellationToken cancellationToken) =>
        db.PlatformDeployments.FirstOrDefaultAsync(d => d.RegistrationId == registration.Id && d.DeploymentId == deploymentId, cancellationToken);

    /// <summary>
    /// Creates or updates the registration for (issuer, client id) from configuration, the command line or the sandbox.
    /// Listed deployments are added. Configuration states the whole list (unless the platform's deployments are accepted
    /// as they come), so a deployment it no longer lists is removed; the command line and the sandbox only add.
    /// </summary>
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
        ChangeEndpoints(registration, platform.AuthorizationEndpoint, platform.TokenEndpoint, platform.JwksUri, Actor(source));
        registration.AutoRegisterDeployments = platform.AutoRegisterDeployments;
        var listed = platform.DeploymentIds.Distinct(StringComparer.Ordinal).ToList();
        listed.ForEach(deploymentId => AddDeployment(registration, deploymentId));
        if (source == RegistrationSource.Configuration && !platform.AutoRegisterDeployments)
        {
            foreach (var unlisted in registration.Deployments.Where(d => d.IsActive && !listed.Contains(d.DeploymentId)).ToList())
            {
                await RemoveDeploymentAsync(registration, unlisted, Actor(source), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        frameAncestors.Invalidate();
        return registration;
    }

    /// <summary>Sets a registration's endpoints, logging what changed and who changed it (the keys decide whom the tool trusts).</summary>
    public void ChangeEndpoints(PlatformRegistration registration, string authorization, string token, string jwks, string actor)
    {
        var changed = db.Entry(registration).State != EntityState.Added
            && (registration.AuthorizationEndpoint != authorization || registration.TokenEndpoint != token || registration.JwksUri != jwks);
        if (changed)
        {
            logger.LogWarning(
                "Registration {Issuer} ({ClientId}) endpoints changed by {Actor}: JWKS {OldJwks} -> {NewJwks}, authorization {OldAuthorization} -> {NewAuthorization}, token {OldToken} -> {NewToken}",
                registration.Issuer, registration.ClientId, actor, registration.JwksUri, jwks, registration.AuthorizationEndpoint, authorization,
                registration.TokenEndpoint, token);
        }

        registration.AuthorizationEndpoint = authorization;
        registration.TokenEndpoint = token;
        registration.JwksUri = jwks;
    }

    /// <summary>Adds a deployment, or accepts a retired one again; saved with the registration.</summary>
    public void AddDeployment(PlatformRegistration registration, string deploymentId)
    {
        if (registration.Deployments.FirstOrDefault(d => d.DeploymentId == deploymentId) is { } known)
        {
            known.RetiredAt = null;
            return;
        }

        registration.Deployments.Add(new PlatformDeployment { DeploymentId = deploymentId });
    }

    /// <summary>Removes one deployment: deleted when no course belongs to it, otherwise retired so the courses keep their work.</summary>
    public async Task<DeploymentRemoval> RemoveDeploymentAsync(
        string issuer, string clientId, string deploymentId, string actor, CancellationToken cancellationToken = default)
    {
        var registration = await db.PlatformRegistrations.Include(r => r.Deployments)
            .FirstOrDefaultAsync(r => r.Issuer == issuer && r.ClientId == clientId, cancellationToken);
        if (registration?.Deployments.FirstOrDefault(d => d.DeploymentId == deploymentId && d.IsActive) is not { } deployment)
        {
            return registration is null ? DeploymentRemoval.NoRegistration : DeploymentRemoval.NoDeployment;
        }

        var removal = await RemoveDeploymentAsync(registration, deployment, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return removal;
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

    /// <summary>Who made a change, for the log; the command line names the account it ran as.</summary>
    public static string Actor(RegistrationSource source) => source switch
    {
        RegistrationSource.Configuration => "configuration (Lti:Platforms)",
        RegistrationSource.CommandLine => $"the command line (user {Environment.UserName})",
        _ => source.ToString(),
    };

    private async Task<DeploymentRemoval> RemoveDeploymentAsync(
        PlatformRegistration registration, PlatformDeployment deployment, string actor, CancellationToken cancellationToken)
    {
        var used = db.Entry(deployment).State != EntityState.Added
            && await db.Courses.AnyAsync(c => c.DeploymentId == deployment.Id, cancellationToken);
        if (used)
        {
            deployment.RetiredAt = clock.GetUtcNow().UtcDateTime;
        }
        else
        {
            registration.Deployments.Remove(deployment);
            db.PlatformDeployments.Remove(deployment);
        }

        logger.LogWarning("Deployment {DeploymentId} of {Issuer} ({ClientId}) removed by {Actor}{Kept}", deployment.DeploymentId,
            registration.Issuer, registration.ClientId, actor, used ? "; its courses keep it, but it launches no more" : "");
        return used ? DeploymentRemoval.Retired : DeploymentRemoval.Deleted;
    }
}
