using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Paging;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>A plan's lists are part of the one document the core already read, so their pages are cut from memory.</summary>
public static class PlanLists
{
    public static Connection<TNode> Page<TNode>(IResolveFieldContext context, GraphQLOptions limits, IReadOnlyList<TNode> all)
    {
        var page = Paging.Page.From(context, limits);
        return Connections.Of(page, all.Skip(page.Offset).Take(page.Size + 1).ToList(), all.Count);
    }
}
