using GraphQL.DataLoader;
using LtiPathways.PathwayGraphQL.Schema.Paging;

namespace LtiPathways.PathwayGraphQL.Schema.Batching;

/// <summary>
/// Pages of one list under many parents (each course's assignments, each assignment's submissions): one batch per page
/// shape, since every parent of a list asks for the same page, so one SQL statement whatever the number of parents.
/// </summary>
public sealed class PagedLoaders<TConnection>(Func<IReadOnlyCollection<Guid>, Page, CancellationToken, Task<IReadOnlyDictionary<Guid, TConnection>>> fetch)
{
    private readonly Dictionary<Page, BatchLoader<Guid, TConnection>> loaders = [];

    public IDataLoaderResult<TConnection?> Load(Guid parentId, Page page)
    {
        if (!loaders.TryGetValue(page, out var loader))
        {
            loader = new BatchLoader<Guid, TConnection>((ids, cancellationToken) => fetch(ids, page, cancellationToken));
            loaders[page] = loader;
        }

        return loader.Load(parentId);
    }
}
