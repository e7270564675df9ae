using System.Net;
using System.Threading.RateLimiting;
using LtiPathways.LtiTool.Hosting.Network;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

public static class LinkPreviewServices
{
    public const string RateLimitPolicy = "link-previews";

    public const string UserAgent = "LtiPathways-LinkPreview/1.0 (fetches one page a student linked to, for its title)";

    /// <summary>The preview fetcher and its own HTTP client, which can only connect to public addresses.</summary>
    public static IServiceCollection AddLinkPreviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LinkPreviewOptions>().Bind(configuration.GetSection(LinkPreviewOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(_ => new LinkAddressGuard());
        services.AddSingleton<ILinkAddressRule>(provider => provider.GetRequiredService<LinkAddressGuard>());
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ToolSession.From(context.User)?.UserId.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<LinkPreviewOptions>>().Value.PerPersonPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync(
                    "That is many previews in a short time; wait a minute and try again, or type the title and description yourself.", cancellationToken);
            };
        });
        services.AddSingleton<LinkPreviewFetcher>();
        services.AddHttpClient(LinkPreviewFetcher.HttpClientName, client =>
            {
                // The fetcher's own time limit covers the whole fetch, body included; the client's would not.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml;q=0.9");
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var handler = new PublicAddressConnector(provider.GetRequiredService<LinkAddressGuard>()).CreateHandler();
                handler.AutomaticDecompression = DecompressionMethods.All;
                handler.MaxResponseHeadersLength = 64;
                handler.MaxResponseDrainSize = 0;
                return handler;
            });
        return services;
    }
}
