using LtiPathways.LtiTool.Lti.Services;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>AGS 2.0 line item service (section 3.2): list with paging and filters, create, get, update, delete.</summary>
public sealed class LineItemClient(PlatformServiceClient services)
{
    // A platform that links a page to itself must not keep the tool looping.
    private const int MaxPages = 100;
    private static readonly string[] ReadScopes = [PlatformScopes.LineItem, PlatformScopes.LineItemReadOnly];
    private static readonly string[] WriteScopes = [PlatformScopes.LineItem];

    public async Task<List<LineItem>> ListAsync(AgsAccess access, string lineItemsUrl, LineItemFilter? filter, CancellationToken cancellationToken)
    {
        var items = new List<LineItem>();
        string? next = AgsUrls.WithQuery(lineItemsUrl, (filter ?? new LineItemFilter()).ToQuery());
        for (var page = 0; next is not null && page < MaxPages; page++)
        {
            var url = next;
            using var response = await services.SendAsync(access, ReadScopes, () => Request(HttpMethod.Get, url, AgsMediaTypes.LineItemContainer), cancellationToken);
            items.AddRange(await AgsJson.ReadAsync<List<LineItem>>(response, "the list of gradebook columns", cancellationToken));
            next = LinkHeader.Find(response, "next");
        }

        return items;
    }

    public async Task<LineItem> CreateAsync(AgsAccess access, string lineItemsUrl, LineItem item, CancellationToken cancellationToken)
    {
        using var response = await services.SendAsync(access, WriteScopes, () =>
        {
            var request = Request(HttpMethod.Post, lineItemsUrl, AgsMediaTypes.LineItem);
            request.Content = Body(item with { Id = null });
            return request;
        }, cancellationToken);
        return await AgsJson.ReadAsync<LineItem>(response, "a new gradebook column", cancellationToken);
    }

    public async Task<LineItem> GetAsync(AgsAccess access, string lineItemUrl, CancellationToken cancellationToken)
    {
        using var response = await services.SendAsync(access, ReadScopes, () => Request(HttpMethod.Get, lineItemUrl, AgsMediaTypes.LineItem), cancellationToken);
        return await AgsJson.ReadAsync<LineItem>(response, "the gradebook column", cancellationToken);
    }

    /// <summary>PUT replaces the line item (AGS 2.0 section 3.2.7); the id is the URL it lives at.</summary>
    public async Task<LineItem> UpdateAsync(AgsAccess access, LineItem item, CancellationToken cancellationToken)
    {
        var url = item.Id ?? throw new ArgumentException("A line item to update needs its id (URL).", nameof(item));
        using var response = await services.SendAsync(access, WriteScopes, () =>
        {
            var request = Request(HttpMethod.Put, url, AgsMediaTypes.LineItem);
            request.Content = Body(item);
            return request;
        }, cancellationToken);
        return await AgsJson.ReadAsync<LineItem>(response, "the changed gradebook column", cancellationToken);
    }

    public async Task DeleteAsync(AgsAccess access, string lineItemUrl, CancellationToken cancellationToken)
    {
        using var response = await services.SendAsync(access, WriteScopes, () => new HttpRequestMessage(HttpMethod.Delete, lineItemUrl), cancellationToken);
        await AgsJson.EnsureSuccessAsync(response, "deleting the gradebook column", cancellationToken);
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string accept)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return request;
    }

    private static JsonContent Body(LineItem item) =>
        JsonContent.Create(item, new MediaTypeHeaderValue(AgsMediaTypes.LineItem), AgsJson.Options);
}
