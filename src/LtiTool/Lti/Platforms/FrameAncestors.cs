using LtiPathways.LtiTool.Hosting;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti.Platforms;

/// <summary>
/// The CSP frame-ancestors sources: 'self' and the registered platforms' origins, so only they can frame the tool;
/// the same origins are where the tool's pages may post forms (form-action).
/// </summary>
public class FrameAncestors(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<LtiOptions> options)
{
    private const string CacheKey = "frame-ancestors";

    // Cloud LMSs launch from one issuer but serve each school on its own subdomain.
    private static readonly Dictionary<string, string> CloudTenants = new(StringComparer.OrdinalIgnoreCase)
    {
        ["canvas.instructure.com"] = "https://*.instructure.com",
        ["canvas.beta.instructure.com"] = "https://*.instructure.com",
        ["canvas.test.instructure.com"] = "https://*.instructure.com",
        ["schoology.schoology.com"] = "https://*.schoology.com",
    };

    public async Task<IReadOnlyCollection<string>> SourcesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            var registrations = await db.PlatformRegistrations.AsNoTracking().Where(r => r.Enabled && !r.PendingApproval)
                .Select(r => new { r.Issuer, r.AuthorizationEndpoint }).ToListAsync(cancellationToken);
            var sources = new SortedSet<string>(StringComparer.Ordinal) { "'self'" };
            foreach (var registration in registrations)
            {
                AddOrigin(sources, registration.Issuer);
                AddOrigin(sources, registration.AuthorizationEndpoint);
            }

            options.Value.FrameAncestors.ForEach(origin => sources.Add(origin));
            return sources;
        }) ?? ["'self'"];

    public void Invalidate() => cache.Remove(CacheKey);

    private static void AddOrigin(SortedSet<string> sources, string url)
    {
        if (WebOrigin.Of(url) is not { } origin)
        {
            return;
        }

        sources.Add(CloudTenants.TryGetValue(new Uri(origin).Host, out var tenants) ? tenants : origin);
    }
}
