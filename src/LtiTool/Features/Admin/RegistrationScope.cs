using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Admin;

/// <summary>Which registrations an administrator's launch may see and change: their own platform's, or all for an operator platform.</summary>
public class RegistrationScope(PathwaysDbContext db, IOptions<LtiOptions> options)
{
    /// <summary>The issuer the session is limited to, or null when it may manage every registration.</summary>
    public async Task<string?> IssuerLimitAsync(ToolSession session, CancellationToken cancellationToken)
    {
        var issuer = await db.PlatformRegistrations.AsNoTracking()
            .Where(r => r.Id == session.RegistrationId).Select(r => r.Issuer).SingleAsync(cancellationToken);
        return options.Value.OperatorIssuers.Contains(issuer, StringComparer.Ordinal) ? null : issuer;
    }

    /// <summary>Who this administrator is, for the log of the changes they approve: their LMS user id and LMS.</summary>
    public async Task<string> ActorAsync(ToolSession session, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == session.UserId)
            .Select(u => new { u.Subject, u.Registration!.Issuer }).SingleOrDefaultAsync(cancellationToken);
        return $"administrator {user?.Subject ?? "?"} of {user?.Issuer ?? "?"} (LtiPathways user {session.UserId})";
    }
}
