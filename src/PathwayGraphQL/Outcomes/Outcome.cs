using System.Diagnostics.CodeAnalysis;

namespace LtiPathways.PathwayGraphQL.Outcomes;

/// <summary>What a command or query of the school core gives back: its value, or a refusal; never both, never page text.</summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }

    public Refusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    public static Outcome<T> Of(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static implicit operator Outcome<T>(T value) => Of(value);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
