using GraphQL;
using GraphQL.DataLoader;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Reels;

/// <summary><c>reel(planId:)</c> and <c>node(id:)</c> for a reel: a refusal is the core's sentence with its code; node answers NOT_FOUND alike.</summary>
public static class ReelFields
{
    public static async Task<ReelNode> ResolveAsync(IResolveFieldContext context, Guid planId)
    {
        var watched = await Reader(context).WatchAsync(ToolUserContext.CallerOf(context), planId, context.CancellationToken);
        return watched.Succeeded ? watched.Value : throw watched.Refusal.Error();
    }

    public static IDataLoaderResult Node(IResolveFieldContext context, Guid planId) => new Opened(context, planId);

    private static ReelReader Reader(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReelReader>();

    private sealed class Opened(IResolveFieldContext context, Guid planId) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await Reader(context).WatchAsync(ToolUserContext.CallerOf(context), planId, cancellationToken)).Value;
    }
}
