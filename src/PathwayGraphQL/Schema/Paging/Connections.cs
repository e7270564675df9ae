using GraphQL.Types.Relay.DataObjects;

namespace LtiPathways.PathwayGraphQL.Schema.Paging;

/// <summary>Builds a Relay connection from one page of rows (fetched with one extra row, to know whether more follow) and the total.</summary>
public static class Connections
{
    public static TConnection Of<TConnection, TEdge, TNode, TRow>(
        Page page, IReadOnlyList<TRow> rowsPlusOne, int totalCount, Func<TRow, string, TEdge> edge)
        where TConnection : Connection<TNode, TEdge>, new()
        where TEdge : Edge<TNode>
    {
        var rows = rowsPlusOne.Take(page.Size).ToList();
        var edges = rows.Select((row, index) => edge(row, Page.Cursor(page.Offset + index))).ToList();
        return new TConnection
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = rowsPlusOne.Count > page.Size,
                HasPreviousPage = page.Offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    public static Connection<TNode> Of<TNode>(Page page, IReadOnlyList<TNode> rowsPlusOne, int totalCount) =>
        Of<Connection<TNode>, Edge<TNode>, TNode, TNode>(page, rowsPlusOne, totalCount, (node, cursor) => new Edge<TNode> { Node = node, Cursor = cursor });
}
