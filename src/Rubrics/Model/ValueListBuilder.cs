namespace LtiPathways.Rubrics;

/// <summary>Builds <see cref="ValueList{T}"/> from collection expressions and sequences.</summary>
public static class ValueListBuilder
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new(items);
}
