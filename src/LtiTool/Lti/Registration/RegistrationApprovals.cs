using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>Approves, disables and enables registrations, and approves or rejects their changes, for the admin page and the command line.</summary>
public class RegistrationApprovals(PathwaysDbContext db, PlatformRegistry registry, FrameAncestors frameAncestors, ILogger<RegistrationApprovals> logger)
{
    /// <param name="issuer">Only this platform's registrations; null for all.</param>
    public Task<List<PlatformRegistration>> ListAsync(string? issuer, CancellationToken cancellationToken) =>
        db.PlatformRegistrations.Include(r => r.Deployments).Include(r => r.PendingChange).AsNoTracking()
            .Where(r => issuer == null || r.Issuer == issuer)
            .OrderByDescending(r => r.PendingApproval).ThenBy(r => r.Issuer).ThenBy(r => r.ClientId).ToListAsync(cancellationToken);

    /// <param name="issuer">Only a registration of this platform may be changed; null for any.</param>
    public async Task<PlatformRegistration?> ApplyAsync(Guid id, string? issuer, RegistrationAction action, CancellationToken cancellationToken) =>
        await ApplyAsync(
            await db.PlatformRegistrations.FirstOrDefaultAsync(r => r.Id == id && (issuer == null || r.Issuer == issuer), cancellationToken),
            action, cancellationToken);

    public async Task<PlatformRegistration?> ApplyAsync(string issuer, string clientId, RegistrationAction action, CancellationToken cancellationToken) =>
        await ApplyAsync(
            await db.PlatformRegistrations.FirstOrDefaultAsync(r => r.Issuer == issuer && r.ClientId == clientId, cancellationToken),
            action, cancellationToken);

    private async Task<PlatformRegistration?> ApplyAsync(PlatformRegistration? registration, RegistrationAction action, CancellationToken cancellationToken)
    {
        if (registration is null)
        {
            return null;
        }

        switch (action)
        {
            case RegistrationAction.Approve:
                registration.PendingApproval = false;
                registration.Enabled = true;
                break;
            case RegistrationAction.Disable:
                registration.Enabled = false;
                break;
            case RegistrationAction.Enable:
                registration.Enabled = true;
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        frameAncestors.Invalidate();
        return registration;
    }

    /// <param name="issuer">Only a change of this platform's registrations; null for any.</param>
    public Task<PlatformRegistrationChange?> FindChangeAsync(Guid changeId, string? issuer, CancellationToken cancellationToken) =>
        Changes().FirstOrDefaultAsync(c => c.Id == changeId && (issuer == null || c.Registration!.Issuer == issuer), cancellationToken);

    public Task<PlatformRegistrationChange?> FindChangeAsync(string issuer, string clientId, CancellationToken cancellationToken) =>
        Changes().FirstOrDefaultAsync(c => c.Registration!.Issuer == issuer && c.Registration.ClientId == clientId, cancellationToken);

    /// <summary>The one way a dynamically registered platform's keys and endpoints change; logged with who approved it.</summary>
    public async Task ApproveChangeAsync(PlatformRegistrationChange change, string actor, CancellationToken cancellationToken)
    {
        var registration = change.Registration!;
        registry.ChangeEndpoints(registration, change.AuthorizationEndpoint, change.TokenEndpoint, change.JwksUri, actor);
        registration.Scopes = change.Scopes;
        registration.ProductFamily = change.ProductFamily ?? registration.ProductFamily;
        if (change.DeploymentId is { } deploymentId)
        {
            registry.AddDeployment(registration, deploymentId);
        }

        db.RegistrationChanges.Remove(change);
        await db.SaveChangesAsync(cancellationToken);
        frameAncestors.Invalidate();
        logger.LogWarning("Change {ChangeId} of {Issuer} ({ClientId}) approved by {Actor}", change.Id, registration.Issuer, registration.ClientId, actor);
    }

    public async Task RejectChangeAsync(PlatformRegistrationChange change, string actor, CancellationToken cancellationToken)
    {
        db.RegistrationChanges.Remove(change);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("Change {ChangeId} of {Issuer} ({ClientId}) rejected by {Actor}: JWKS {Jwks} not taken", change.Id,
            change.Registration!.Issuer, change.Registration.ClientId, actor, change.JwksUri);
    }

    private IQueryable<PlatformRegistrationChange> Changes() =>
        db.RegistrationChanges.Include(c => c.Registration).ThenInclude(r => r!.Deployments);
}
