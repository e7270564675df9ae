using System.Net;
using LtiPathways.LtiTool.Hosting.Network;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

/// <summary>
/// Fetches one page a student linked to and reads its title and description, within a time and size limit, following
/// redirects by hand so that every hop is checked again. Every failure is a sentence for the student.
/// </summary>
public class LinkPreviewFetcher(IHttpClientFactory clients, LinkAddressGuard guard, IOptions<LinkPreviewOptions> options, ILogger<LinkPreviewFetcher> logger)
{
    public const string HttpClientName = "link-previews";

    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    public async Task<(LinkPreview? Preview, string? Refusal)> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (url.Length > SubmissionWork.MaxLinkUrlLength || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return (null, LinkPreviewSentences.NotAnAddress);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Value.Timeout);
        try
        {
            return await FollowAsync(uri, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, LinkPreviewSentences.TooSlow);
        }
        catch (Exception failure) when (failure is HttpRequestException or IOException)
        {
            if (NonPublicAddressException.In(failure) is { } refused)
            {
                return (null, refused.Verdict == HostVerdict.NotFound ? LinkPreviewSentences.NotFound(refused.Host) : LinkPreviewSentences.Private);
            }

            logger.LogInformation(failure, "Link preview of {Host} failed", uri.Host);
            return (null, LinkPreviewSentences.Unreachable);
        }
    }

    private async Task<(LinkPreview?, string?)> FollowAsync(Uri uri, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(HttpClientName);
        for (var redirects = 0; ; redirects++)
        {
            if (RefuseTarget(uri) is { } refusal)
            {
                return (null, refusal);
            }

            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                return await ReadAsync(response, cancellationToken);
            }

            if (response.Headers.Location is not { } next)
            {
                return (null, LinkPreviewSentences.NoRedirectTarget);
            }

            if (redirects == options.Value.MaxRedirects)
            {
                return (null, LinkPreviewSentences.TooManyRedirects(options.Value.MaxRedirects));
            }

            uri = new Uri(uri, next);
        }
    }

    private string? RefuseTarget(Uri uri) =>
        uri.Scheme is not ("http" or "https") ? LinkPreviewSentences.NotWeb
        : uri.UserInfo.Length > 0 ? LinkPreviewSentences.HasCredentials
        : !guard.AllowsPreviewPort(uri.Port) ? LinkPreviewSentences.Port
        : null;

    private async Task<(LinkPreview?, string?)> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return (null, LinkPreviewSentences.ErrorStatus((int)response.StatusCode));
        }

        var type = response.Content.Headers.ContentType;
        if (!HtmlTypes.Contains(type?.MediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, LinkPreviewSentences.NotAWebPage);
        }

        var preview = LinkPreviewParser.Parse(await ReadLimitedAsync(response.Content, cancellationToken), type!.CharSet);
        return preview is { Title: "", Description: "" } ? (null, LinkPreviewSentences.NothingToFill) : (preview, null);
    }

    /// <summary>At most MaxBytes of the body; the response is then disposed, which closes the connection mid-body.</summary>
    private async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[options.Value.MaxBytes];
        var filled = 0;
        while (filled < buffer.Length && await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken) is var read and > 0)
        {
            filled += read;
        }

        return buffer.AsMemory(0, filled);
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
