using GraphQL.DataLoader;

namespace LtiPathways.PathwayGraphQL.Schema.Batching;

/// <summary>A batched result turned into what a field returns once its batch is fetched (the DataLoader package's <c>Then</c>).</summary>
public static class PendingResults
{
    public static IDataLoaderResult Then<T>(this IDataLoaderResult<T> pending, Func<T, object?> map) => new Mapped<T>(pending, map);

    private sealed class Mapped<T>(IDataLoaderResult<T> pending, Func<T, object?> map) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => map(await pending.GetResultAsync(cancellationToken));
    }
}
