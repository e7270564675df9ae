using System.Security.Cryptography;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Lti;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Login;

/// <summary>Server-side store of logins in flight: state and nonce are random, short-lived and used once.</summary>
public class LoginStateStore(PathwaysDbContext db, LoginStateSweep sweep, TimeProvider clock, IOptions<LtiOptions> options)
{
    public async Task<(LoginState State, string BrowserSecret)> CreateAsync(
        LoginRequest request, Guid registrationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var browserSecret = NewRandomValue();
        var state = new LoginState
        {
            State = NewRandomValue(),
            Nonce = NewRandomValue(),
            BrowserSecretHash = Hash(browserSecret),
            RegistrationId = registrationId,
            DeploymentId = request.DeploymentId,
            TargetLinkUri = request.TargetLinkUri!,
            LoginHint = request.LoginHint!,
            MessageHint = request.MessageHint,
            StorageTarget = request.StorageTarget,
            CreatedAt = now,
            ExpiresAt = now + options.Value.LoginLifetime,
        };
        db.LoginStates.Add(state);
        await db.SaveChangesAsync(cancellationToken);
        if (sweep.TryStart(now))
        {
            await DeleteExpiredAsync(now, cancellationToken);
        }

        return (state, browserSecret);
    }

    /// <summary>The login for this state if it is still open (not expired, not consumed).</summary>
    public Task<LoginState?> FindOpenAsync(string state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.LoginStates.AsNoTracking()
            .FirstOrDefaultAsync(s => s.State == state && s.ConsumedAt == null && s.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Marks the login used; false when another request consumed it first (a replay).</summary>
    public async Task<bool> TryConsumeAsync(string state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.LoginStates
            .Where(s => s.State == state && s.ConsumedAt == null && s.ExpiresAt > now)
            .ExecuteUpdateAsync(update => update.SetProperty(s => s.ConsumedAt, now), cancellationToken);
        return updated == 1;
    }

    public static bool MatchesBrowserSecret(LoginState state, string? secret) =>
        !string.IsNullOrEmpty(secret)
        && CryptographicOperations.FixedTimeEquals(
            Convert.FromBase64String(state.BrowserSecretHash), Convert.FromBase64String(Hash(secret)));

    private static string NewRandomValue() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string value) => Convert.ToBase64String(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));

    // Consumed logins are kept until they expire so that a replay is recognised as a replay.
    private Task<int> DeleteExpiredAsync(DateTime now, CancellationToken cancellationToken) =>
        db.LoginStates.Where(s => s.ExpiresAt < now.AddMinutes(-5)).ExecuteDeleteAsync(cancellationToken);
}
