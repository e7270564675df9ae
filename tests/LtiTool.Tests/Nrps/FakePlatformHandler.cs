using System.Net;
using System.Text;

namespace LtiPathways.LtiTool.Tests.Nrps;

/// <summary>A platform at the HTTP boundary that answers from a function and remembers every URL it was asked for.</summary>
public sealed class FakePlatformHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    public List<Uri> Requests { get; } = [];

    public static HttpResponseMessage Json(string json, string? next = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json"),
        };
        if (next is not null)
        {
            response.Headers.TryAddWithoutValidation("Link", $"<{next}>; rel=\"next\"");
        }

        return response;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request.RequestUri!);
        return Task.FromResult(answer(request));
    }
}
