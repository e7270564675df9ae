using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

public static class LinkPreviewServices
{
    public const string UserAgent = "LtiPathways-LinkPreview/1.0 (fetches one page a student linked to, for its title)";

    /// <summary>The preview fetcher and its own HTTP client, which can only connect to public addresses.</summary>
    public static IServiceCollection AddLinkPreviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LinkPreviewOptions>().Bind(configuration.GetSection(LinkPreviewOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(_ => new LinkAddressGuard());
        services.AddSingleton<PublicAddressConnector>();
        services.AddSingleton<LinkPreviewFetcher>();
        services.AddHttpClient(LinkPreviewFetcher.HttpClientName, client =>
            {
                // The fetcher's own time limit covers the whole fetch, body included; the client's would not.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml;q=0.9");
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false, // a proxy would open the connection itself, past the address check
                UseCookies = false,
                Credentials = null,
                PreAuthenticate = false,
                AutomaticDecompression = DecompressionMethods.All,
                MaxResponseHeadersLength = 64,
                MaxResponseDrainSize = 0,
                ConnectCallback = provider.GetRequiredService<PublicAddressConnector>().ConnectAsync,
            });
        return services;
    }
}
