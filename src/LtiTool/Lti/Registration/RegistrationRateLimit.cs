using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>
/// /lti/register needs no login and makes the tool fetch and post, so each client address gets
/// <see cref="LtiOptions.RegistrationAttemptsPerMinute"/> tries a minute; past it a 429 sentence with Retry-After.
/// </summary>
public class RegistrationRateLimit(IOptions<LtiOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "lti-registration";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, cancellationToken) =>
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = "60";
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync("Too many registration attempts from your address; wait a minute and start the registration again.", cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientKey(httpContext.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RegistrationAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    // One IPv6 subscriber usually holds a whole /64, so the limit applies to the /64 rather than to each of its addresses.
    internal static string ClientKey(IPAddress? address) =>
        address is null ? "" : address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString()
        : address.AddressFamily == AddressFamily.InterNetworkV6 ? new IPNetwork(Prefix64(address), 64).ToString()
        : address.ToString();

    private static IPAddress Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
