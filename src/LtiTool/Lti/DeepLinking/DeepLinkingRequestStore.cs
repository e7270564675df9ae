using System.Security.Cryptography;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Lti;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.DeepLinking;

/// <summary>Keeps a deep linking request's settings from the launch until the picker answers; each is used once.</summary>
public class DeepLinkingRequestStore(PathwaysDbContext db, TimeProvider clock)
{
    /// <summary>Long enough to write instructions; the platform's own session usually ends sooner.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public async Task<DeepLinkingRequest> CreateAsync(
        ValidatedLaunch launch, Guid courseId, Guid userId, DeepLinkingSettings settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var request = new DeepLinkingRequest
        {
            Id = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
            RegistrationId = launch.Registration.Id,
            DeploymentId = launch.Deployment.Id,
            CourseId = courseId,
            UserId = userId,
            PlatformDeploymentId = launch.Message.DeploymentId!,
            ReturnUrl = settings.ReturnUrl,
            DataJson = settings.DataJson,
            AcceptTypes = string.Join(' ', settings.AcceptTypes),
            AcceptPresentationTargets = string.Join(' ', settings.AcceptPresentationTargets),
            AcceptMultiple = settings.AcceptMultiple,
            AutoCreate = settings.AutoCreate,
            Title = settings.Title,
            Text = settings.Text,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.DeepLinkingRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await db.DeepLinkingRequests.Where(r => r.ExpiresAt < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        return request;
    }

    /// <summary>The open request with this id, only if it belongs to exactly this registration, deployment, course and user.</summary>
    public Task<DeepLinkingRequest?> FindOpenAsync(
        string id, Guid registrationId, Guid deploymentId, Guid courseId, Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.DeepLinkingRequests.AsNoTracking().FirstOrDefaultAsync(
            r => r.Id == id && r.RegistrationId == registrationId && r.DeploymentId == deploymentId
                && r.CourseId == courseId && r.UserId == userId && r.ConsumedAt == null && r.ExpiresAt > now,
            cancellationToken);
    }

    /// <summary>False when another post used the request first (a double click or a replay).</summary>
    public async Task<bool> TryConsumeAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.DeepLinkingRequests
            .Where(r => r.Id == id && r.ConsumedAt == null && r.ExpiresAt > now)
            .ExecuteUpdateAsync(update => update.SetProperty(r => r.ConsumedAt, now), cancellationToken);
        return updated == 1;
    }

    public static DeepLinkingSettings ToSettings(DeepLinkingRequest request) => new(
        request.ReturnUrl,
        Split(request.AcceptTypes),
        Split(request.AcceptPresentationTargets),
        request.AcceptMultiple,
        request.AutoCreate,
        request.Title,
        request.Text,
        request.DataJson);

    private static string[] Split(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
