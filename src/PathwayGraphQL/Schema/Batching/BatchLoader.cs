using GraphQL.DataLoader;

namespace LtiPathways.PathwayGraphQL.Schema.Batching;

/// <summary>
/// A small batch loader written against EF Core, because the GraphQL.NET DataLoader package is not available here: a
/// resolver asks for a key and gets a pending result; the executor resolves every pending result of a level after that
/// level's resolvers ran, so the first one fetches all keys asked for so far in one query. One per request (scoped),
/// used by the serial execution strategy, so it needs no locking.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly HashSet<TKey> waiting = [];
    private readonly Dictionary<TKey, TValue> loaded = [];
    private readonly HashSet<TKey> missing = [];

    /// <summary>How many batches have been fetched: what a test counts.</summary>
    public int Batches { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key) && !missing.Contains(key))
        {
            waiting.Add(key);
        }

        return new Pending(this, key);
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        if (waiting.Contains(key))
        {
            var keys = waiting.ToList();
            waiting.Clear();
            Batches++;
            var found = await fetch(keys, cancellationToken);
            foreach (var asked in keys)
            {
                if (found.TryGetValue(asked, out var value))
                {
                    loaded[asked] = value;
                }
                else
                {
                    missing.Add(asked);
                }
            }
        }

        return loaded.TryGetValue(key, out var result) ? result : default;
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
