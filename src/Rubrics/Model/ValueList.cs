using System.Collections;
using System.Runtime.CompilerServices;

namespace LtiPathways.Rubrics;

/// <summary>
/// An immutable list compared by its items, so that records holding lists
/// (a version's criteria, a criterion's levels) compare by value.
/// </summary>
[CollectionBuilder(typeof(ValueListBuilder), nameof(ValueListBuilder.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    public static ValueList<T> Empty { get; } = new([]);

    public ValueList(IEnumerable<T> items) => this.items = [.. items];

    public T this[int index] => items[index];

    public int Count => items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", items)}]";
}
