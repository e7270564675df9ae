using LtiPathways.LtiTool.Lti.Keys;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace LtiPathways.LtiTool.Session;

/// <summary>
/// Feeds JwtBearer the session keys of the tool's published keys, refreshed every minute
/// and soon when a token names a kid it has not seen (a rotation on another instance, see <see cref="ToolKeyCache"/>).
/// </summary>
public sealed class SessionKeyConfigurationManager(IServiceScopeFactory scopes, ToolKeyCache keys, TimeProvider clock)
    : IConfigurationManager<OpenIdConnectConfiguration>
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private OpenIdConnectConfiguration? current;
    private DateTimeOffset refreshAfter;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (current is not null && clock.GetUtcNow() < refreshAfter)
        {
            return current;
        }

        await gate.WaitAsync(cancel);
        try
        {
            if (current is null || clock.GetUtcNow() >= refreshAfter)
            {
                using var scope = scopes.CreateScope();
                var store = scope.ServiceProvider.GetRequiredService<ToolKeyStore>();
                var configuration = new OpenIdConnectConfiguration { Issuer = SessionTokenConstants.Issuer };
                foreach (var key in await store.GetSessionValidationKeysAsync(cancel))
                {
                    configuration.SigningKeys.Add(key);
                }

                current = configuration;
                refreshAfter = clock.GetUtcNow() + RefreshInterval;
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public void RequestRefresh()
    {
        refreshAfter = DateTimeOffset.MinValue;
        keys.RequestReload();
    }
}
