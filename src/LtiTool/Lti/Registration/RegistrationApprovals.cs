using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>Approves, disables and enables registrations, for the admin page and the command line.</summary>
public class RegistrationApprovals(PathwaysDbContext db, FrameAncestors frameAncestors)
{
    public Task<List<PlatformRegistration>> ListAsync(CancellationToken cancellationToken) =>
        db.PlatformRegistrations.Include(r => r.Deployments).AsNoTracking()
            .OrderByDescending(r => r.PendingApproval).ThenBy(r => r.Issuer).ThenBy(r => r.ClientId).ToListAsync(cancellationToken);

    public async Task<PlatformRegistration?> ApplyAsync(Guid id, RegistrationAction action, CancellationToken cancellationToken) =>
        await ApplyAsync(await db.PlatformRegistrations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken), action, cancellationToken);

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
