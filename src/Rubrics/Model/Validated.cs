namespace LtiPathways.Rubrics;

/// <summary>Either a value or the problems that stopped it; never both.</summary>
public sealed record Validated<T>
    where T : class
{
    private Validated(T? value, ValueList<Problem> problems) => (Value, Problems) = (value, problems);

    public T? Value { get; }

    public ValueList<Problem> Problems { get; }

    public bool IsValid => Value is not null;

    public static Validated<T> Valid(T value) => new(value, ValueList<Problem>.Empty);

    public static Validated<T> Invalid(IEnumerable<Problem> problems)
    {
        var list = problems.ToValueList();
        return list.Count == 0
            ? throw new ArgumentException("An invalid result needs at least one problem.", nameof(problems))
            : new(null, list);
    }

    public static Validated<T> From(T value, IEnumerable<Problem> problems)
    {
        var list = problems.ToValueList();
        return list.Count == 0 ? Valid(value) : new(null, list);
    }
}
