using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>Approves, disables and enables registrations, for the admin page and the command line.</summary>
public class RegistrationApprovals(PathwaysDbContext db, FrameAncestors frameAncestors)
{
    /// <param name="issuer">Only this platform's registrations; null for all.</param>
    public Task<List<PlatformRegistration>> ListAsync(string? issuer, CancellationToken cancellationToken) =>
        db.PlatformRegistrations.Include(r => r.Deployments).AsNoTracking()
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
}
