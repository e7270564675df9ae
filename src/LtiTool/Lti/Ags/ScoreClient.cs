using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>AGS 2.0 score publish service (section 3.4): POST a score document to {line item}/scores.</summary>
public sealed class ScoreClient(PlatformServiceClient services, TimeProvider clock)
{
    private static readonly string[] Scopes = [PlatformScopes.Score];

    public async Task<ServiceReply> PostAsync(AgsAccess access, string lineItemUrl, string scoreJson, CancellationToken cancellationToken)
    {
        var url = AgsUrls.Scores(lineItemUrl);
        using var response = await services.SendAsync(access, Scopes, () => new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(scoreJson, Encoding.UTF8, new MediaTypeHeaderValue(AgsMediaTypes.Score)),
        }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new ServiceReply(
            (int)response.StatusCode,
            body.Length > 1000 ? body[..1000] : body,
            RetryAt(response),
            RateLimitRemaining(response));
    }

    /// <summary>RFC 9110 section 10.2.3: Retry-After is either delay-seconds or an HTTP date.</summary>
    private DateTimeOffset? RetryAt(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return clock.GetUtcNow() + delta;
        }

        return header?.Date;
    }

    /// <summary>Canvas reports its remaining request budget; 0 means the next call will be throttled (checklist D.32).</summary>
    private static int? RateLimitRemaining(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Rate-Limit-Remaining", out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var remaining)
            ? (int)Math.Floor(remaining)
            : null;
}
