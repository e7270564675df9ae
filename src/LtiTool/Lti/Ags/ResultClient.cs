using LtiPathways.LtiTool.Lti.Services;
using System.Net.Http.Headers;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>AGS 2.0 result service (section 3.3): GET {line item}/results, optionally for one user, following rel="next".</summary>
public sealed class ResultClient(PlatformServiceClient services)
{
    private const int MaxPages = 100;
    private static readonly string[] Scopes = [PlatformScopes.ResultReadOnly];

    public async Task<List<AgsResult>> ListAsync(AgsAccess access, string lineItemUrl, string? userId, CancellationToken cancellationToken)
    {
        var results = new List<AgsResult>();
        string? next = AgsUrls.WithQuery(AgsUrls.Results(lineItemUrl), [new("user_id", userId)]);
        for (var page = 0; next is not null && page < MaxPages; page++)
        {
            var url = next;
            using var response = await services.SendAsync(access, Scopes, () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(AgsMediaTypes.ResultContainer));
                return request;
            }, cancellationToken);
            results.AddRange(await AgsJson.ReadAsync<List<AgsResult>>(response, "the gradebook results", cancellationToken));
            next = LinkHeader.Find(response, "next");
        }

        return results;
    }
}
