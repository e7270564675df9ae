using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.History;

/// <summary>Pairs the items of two versions of one list by their stable id: added (no old), removed (no new), or both.</summary>
public static class Matched
{
    public static IEnumerable<(T? Old, T? New)> ById<T>(ValueList<T> older, ValueList<T> newer, Func<T, Guid> id)
        where T : class
    {
        var olds = older.ToDictionary(id);
        var news = newer.ToDictionary(id);
        foreach (var item in older)
        {
            yield return (item, news.GetValueOrDefault(id(item)));
        }
        foreach (var item in newer.Where(item => !olds.ContainsKey(id(item))))
        {
            yield return (null, item);
        }
    }
}
