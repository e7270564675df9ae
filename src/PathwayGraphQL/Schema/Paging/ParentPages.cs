namespace LtiPathways.PathwayGraphQL.Schema.Paging;

/// <summary>
/// Each parent's page cut from the narrow keys of all its rows, already in list order. SQLite cannot page inside a
/// correlated subquery that joins (it has no APPLY), so lists under many parents read their keys in one statement and
/// the rows of the pages in one more.
/// </summary>
public static class ParentPages
{
    public static Dictionary<Guid, (int Total, List<T> RowsPlusOne)> Cut<T>(IEnumerable<T> ordered, Func<T, Guid> parent, Page page) =>
        ordered.GroupBy(parent).ToDictionary(g => g.Key, g =>
        {
            var all = g.ToList();
            return (all.Count, all.Skip(page.Offset).Take(page.Size + 1).ToList());
        });
}
