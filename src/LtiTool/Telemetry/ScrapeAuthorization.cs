using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Telemetry;

/// <summary>
/// The scrape endpoint answers only a request carrying the configured secret as a bearer token. A secret, rather than
/// "loopback only" or a second port, because behind a reverse proxy or in a container every caller can look local.
/// </summary>
public static class ScrapeAuthorization
{
    private const string Scheme = "Bearer ";

    /// <summary>Runs in the scrape endpoint's own pipeline, before the exporter.</summary>
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var secret = context.RequestServices.GetRequiredService<IOptions<PrometheusScrapeOptions>>().Value.Secret;
        if (Authorized(context.Request, secret))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("The metrics need the scrape secret as a bearer token (Telemetry:Prometheus:Secret).");
    }

    private static bool Authorized(HttpRequest request, string? secret)
    {
        var header = request.Headers.Authorization.ToString();
        if (secret is not { Length: > 0 } || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashes first, so the comparison takes the same time whatever the lengths.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim())), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }
}
