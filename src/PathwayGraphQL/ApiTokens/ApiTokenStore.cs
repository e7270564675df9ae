using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.ApiTokens;

/// <summary>Creates, lists, revokes and checks API tokens; the command line and the administrators' page share it.</summary>
public class ApiTokenStore(PathwaysDbContext db, TimeProvider clock)
{
    /// <summary>Last use is written at most this often per token, so a busy district system does not write on every call.</summary>
    private static readonly TimeSpan LastUseGranularity = TimeSpan.FromMinutes(1);

    /// <summary>Finds the institution an operator names by issuer, client id and deployment id (each needed only when ambiguous).</summary>
    public async Task<Outcome<Institution>> FindInstitutionAsync(
        string issuer, string? clientId, string? deploymentId, CancellationToken cancellationToken)
    {
        var registrations = await db.PlatformRegistrations.AsNoTracking().Include(r => r.Deployments)
            .Where(r => r.Issuer == issuer && (clientId == null || r.ClientId == clientId))
            .ToListAsync(cancellationToken);
        if (registrations.Count == 0)
        {
            return Refusal.NotFound($"No platform is registered with issuer {issuer}{(clientId is null ? "" : $" and client id {clientId}")}.");
        }

        if (registrations.Count > 1)
        {
            return Refusal.Invalid(
                $"{issuer} has several registrations; choose one with --client-id ({string.Join(", ", registrations.Select(r => r.ClientId))}).");
        }

        var active = registrations[0].Deployments.Where(d => d.IsActive && (deploymentId == null || d.DeploymentId == deploymentId)).ToList();
        return active switch
        {
            [var only] => new Institution(registrations[0].Id, only.Id),
            [] => Refusal.NotFound(deploymentId is null
                ? $"{issuer} has no deployment yet; a token belongs to one deployment."
                : $"{issuer} has no active deployment {deploymentId}."),
            _ => Refusal.Invalid(
                $"{issuer} has several deployments; choose one with --deployment-id ({string.Join(", ", active.Select(d => d.DeploymentId))})."),
        };
    }

    public async Task<Outcome<IssuedApiToken>> CreateAsync(
        Institution institution, string name, ApiTokenScope scope, string createdBy, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > 200)
        {
            return Refusal.Invalid("Give the token a name of 1 to 200 characters, saying which system uses it.");
        }

        var secret = ApiTokenSecret.New();
        var token = new ApiToken
        {
            RegistrationId = institution.RegistrationId,
            DeploymentId = institution.DeploymentId,
            Name = name,
            Scope = scope,
            SecretHash = ApiTokenSecret.Hash(secret),
            Hint = ApiTokenSecret.Hint(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiToken(token, secret);
    }

    /// <param name="registrationId">Only this registration's tokens; null for all.</param>
    public Task<List<ApiTokenRow>> ListAsync(Guid? registrationId, CancellationToken cancellationToken) =>
        db.ApiTokens.AsNoTracking()
            .Where(t => registrationId == null || t.RegistrationId == registrationId)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Name)
            .Select(t => new ApiTokenRow(
                t.Id, t.Name, t.Scope, t.Hint, t.Registration!.Issuer, t.Registration.ClientId, t.Deployment!.DeploymentId,
                t.CreatedAt, t.CreatedBy, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Revokes a token at once; revoking one already revoked keeps its first time.</summary>
    public async Task<Outcome<ApiToken>> RevokeAsync(Guid id, Guid? registrationId, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(
            t => t.Id == id && (registrationId == null || t.RegistrationId == registrationId), cancellationToken);
        if (token is null)
        {
            return Refusal.NotFound($"No API token has the id {id}{(registrationId is null ? "" : " in your LMS")}.");
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The grant of a presented token, or null when it is unknown, revoked, or its registration is disabled.</summary>
    public async Task<ApiTokenGrant?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiTokenSecret.LooksLikeOne(presented))
        {
            return null;
        }

        var hash = ApiTokenSecret.Hash(presented);
        var token = await db.ApiTokens.FirstOrDefaultAsync(
            t => t.SecretHash == hash && t.RevokedAt == null && t.Registration!.Enabled && !t.Registration.PendingApproval
                && t.Deployment!.RetiredAt == null, cancellationToken);
        if (token is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is not { } last || now - last >= LastUseGranularity)
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiTokenGrant(token.Id, token.Name, new Institution(token.RegistrationId, token.DeploymentId), token.Scope);
    }
}
