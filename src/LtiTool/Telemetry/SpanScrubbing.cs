using System.Diagnostics;

namespace LtiPathways.LtiTool.Telemetry;

/// <summary>
/// Spans name a request by its route template, never its raw address: a mentor's signed link (<c>/mentor-link/{token}</c>),
/// a media link's signature and a <c>?session=</c> token travel in the path or the query.
/// </summary>
public static class SpanScrubbing
{
    private const string UrlPath = "url.path";
    private const string UrlQuery = "url.query";
    private const string UrlFull = "url.full";

    /// <summary>As the request starts: nothing of its address is kept until its route is known.</summary>
    public static void OnRequest(Activity activity, HttpRequest request)
    {
        activity.SetTag(UrlPath, null);
        activity.SetTag(UrlQuery, null);
    }

    /// <summary>As it ends: the route template (what <c>http.route</c> says), or nothing when no endpoint matched.</summary>
    public static void OnResponse(Activity activity, HttpResponse response)
    {
        activity.SetTag(UrlPath, (response.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText);
        activity.SetTag(UrlQuery, null);
    }

    /// <summary>Calls to platforms and the blob store: scheme, host and path; the query is dropped.</summary>
    public static void OnOutgoing(Activity activity, HttpRequestMessage request) =>
        activity.SetTag(UrlFull, request.RequestUri is { IsAbsoluteUri: true } uri ? uri.GetLeftPart(UriPartial.Path) : null);
}
