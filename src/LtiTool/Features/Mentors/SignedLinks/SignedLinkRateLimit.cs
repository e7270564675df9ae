using System.Threading.RateLimiting;
using LtiPathways.LtiTool.Lti.Registration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Mentors.SignedLinks;

/// <summary>
/// Signed links need no login, so each client address gets <see cref="SignedLinkOptions.RequestsPerMinute"/> requests a
/// minute (an IPv6 /64 counting as one address, as for registration): plenty for a mentor, too few to try tokens.
/// </summary>
public sealed class SignedLinkRateLimit(IOptions<SignedLinkOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "signed-links";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, cancellationToken) =>
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = "60";
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync("Too many requests from your address in a short time; wait a minute and open the link again.", cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(RegistrationRateLimit.ClientKey(httpContext.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
