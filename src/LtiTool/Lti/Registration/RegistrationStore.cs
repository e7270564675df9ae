using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>
/// Stores what a dynamic registration brought: a new registration waiting for approval, or, for an (issuer, client id)
/// already known, a change waiting for approval. The keys and endpoints of a stored registration never change here.
/// </summary>
public class RegistrationStore(PathwaysDbContext db, FrameAncestors frameAncestors, TimeProvider clock, ILogger<RegistrationStore> logger)
{
    public async Task<RegistrationOutcome> StoreAsync(
        PlatformConfiguration platform, RegistrationAnswer answer, Uri configurationUrl, IReadOnlyList<string> requested,
        CancellationToken cancellationToken)
    {
        // The platform may grant fewer scopes than asked (Canvas admins can trim them, checklist F.40).
        var granted = answer.Scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [.. requested];
        var scopes = string.Join(' ', granted.Where(s => s != "openid"));
        var existing = await db.PlatformRegistrations.Include(r => r.Deployments).Include(r => r.PendingChange)
            .FirstOrDefaultAsync(r => r.Issuer == platform.Issuer && r.ClientId == answer.ClientId, cancellationToken);
        try
        {
            return existing is null ? await AddAsync(platform, answer, scopes, cancellationToken)
                // An operator entered this platform (configuration, command line): its addresses change only where they did.
                : existing.Source != RegistrationSource.DynamicRegistration
                    ? RegistrationOutcome.Refused($"{platform.Issuer} ({answer.ClientId}) was entered by an operator ({existing.Source}), not registered dynamically")
                : Unchanged(existing, platform, answer, scopes) ? Ok(existing, "Nothing changed.")
                : await ProposeAsync(existing, platform, answer, scopes, configurationUrl, cancellationToken);
        }
        catch (DbUpdateException failure)
        {
            // Two registrations of one (issuer, client id) at the same moment: the other one was stored.
            return RegistrationOutcome.Refused($"storing the registration of {platform.Issuer} ({answer.ClientId}) failed: {failure.InnerException?.Message}");
        }
    }

    private async Task<RegistrationOutcome> AddAsync(
        PlatformConfiguration platform, RegistrationAnswer answer, string scopes, CancellationToken cancellationToken)
    {
        var registration = new PlatformRegistration
        {
            Issuer = platform.Issuer,
            ClientId = answer.ClientId,
            Name = $"{platform.ProductFamily ?? "LMS"} at {new Uri(platform.Issuer).Host}",
            AuthorizationEndpoint = platform.AuthorizationEndpoint,
            TokenEndpoint = platform.TokenEndpoint,
            JwksUri = platform.JwksUri,
            Source = RegistrationSource.DynamicRegistration,
            PendingApproval = true,
            ProductFamily = platform.ProductFamily,
            Scopes = scopes,
            // Canvas creates deployments when the tool is installed, after registration: accept them as they come.
            AutoRegisterDeployments = answer.DeploymentId is null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (answer.DeploymentId is { } deploymentId)
        {
            registration.Deployments.Add(new PlatformDeployment { DeploymentId = deploymentId });
        }

        db.PlatformRegistrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        frameAncestors.Invalidate();
        logger.LogInformation("Dynamic registration stored for {Issuer} client {ClientId}, pending approval", registration.Issuer, registration.ClientId);
        return new RegistrationOutcome(registration, StatusCodes.Status200OK,
            $"LtiPathways is registered with {platform.Issuer} (client id {answer.ClientId}). "
            + "An LtiPathways administrator must approve it before anyone can open the tool.");
    }

    private async Task<RegistrationOutcome> ProposeAsync(
        PlatformRegistration registration, PlatformConfiguration platform, RegistrationAnswer answer, string scopes, Uri configurationUrl,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (registration.PendingChange is { } previous)
        {
            // Replaced, not edited: an approval names the change it saw, so it cannot approve values put there since.
            db.RegistrationChanges.Remove(previous);
            await db.SaveChangesAsync(cancellationToken);
        }

        var change = new PlatformRegistrationChange
        {
            RegistrationId = registration.Id,
            AuthorizationEndpoint = platform.AuthorizationEndpoint,
            TokenEndpoint = platform.TokenEndpoint,
            JwksUri = platform.JwksUri,
            DeploymentId = answer.DeploymentId,
            Scopes = scopes,
            ProductFamily = platform.ProductFamily,
            ConfigurationUrl = IssuerRule.ForLog(configurationUrl),
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.RegistrationChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogWarning(
            "Re-registration of {Issuer} ({ClientId}) from {ConfigurationUrl} waits for an administrator as change {ChangeId}: JWKS {Jwks}, authorization {Authorization}, token {Token}, deployment {DeploymentId}",
            registration.Issuer, registration.ClientId, change.ConfigurationUrl, change.Id, change.JwksUri, change.AuthorizationEndpoint,
            change.TokenEndpoint, change.DeploymentId);
        return Ok(registration, "Your LMS sent new details: an LtiPathways administrator must approve them before they are used.");
    }

    private static bool Unchanged(PlatformRegistration registration, PlatformConfiguration platform, RegistrationAnswer answer, string scopes) =>
        registration.AuthorizationEndpoint == platform.AuthorizationEndpoint
        && registration.TokenEndpoint == platform.TokenEndpoint
        && registration.JwksUri == platform.JwksUri
        && registration.Scopes == scopes
        && (answer.DeploymentId is null || registration.Deployments.Any(d => d.DeploymentId == answer.DeploymentId && d.IsActive));

    private static RegistrationOutcome Ok(PlatformRegistration registration, string what) =>
        new(registration, StatusCodes.Status200OK,
            $"LtiPathways is already registered with {registration.Issuer} (client id {registration.ClientId}). {what}"
            + (registration.PendingApproval ? " An LtiPathways administrator must still approve the registration." : ""));
}
