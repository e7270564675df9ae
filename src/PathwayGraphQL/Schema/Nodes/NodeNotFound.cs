using GraphQL;
using GraphQL.DataLoader;

namespace LtiPathways.PathwayGraphQL.Schema.Nodes;

/// <summary>node(id:) answers null with one NOT_FOUND error alike for a malformed id, another kind's, another institution's, or a gone one.</summary>
public sealed class NodeNotFound(IDataLoaderResult? pending, string id) : IDataLoaderResult
{
    public static ExecutionError Error(string id) => new($"Nothing you may see has the id {id}.") { Code = "NOT_FOUND" };

    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
        (pending is null ? null : await pending.GetResultAsync(cancellationToken)) ?? throw Error(id);
}
