using GraphQL.DataLoader;

namespace LtiPathways.PathwayGraphQL.Schema.Batching;

/// <summary>A pending batch result turned into what the field returns (the DataLoader package's Then, which is not available here).</summary>
public sealed class MappedResult<TIn, TOut>(IDataLoaderResult<TIn> pending, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await pending.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
