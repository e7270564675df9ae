namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>Counts the requests the tool sends to one URL, as the platform's JWKS endpoint would see them.</summary>
public sealed class JwksRequestCounter(string url)
{
    private readonly string url = url;
    private int count;

    public int Count => Volatile.Read(ref count);

    public DelegatingHandler Handler() => new Counting(this);

    private sealed class Counting(JwksRequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri?.AbsoluteUri == counter.url)
            {
                Interlocked.Increment(ref counter.count);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
