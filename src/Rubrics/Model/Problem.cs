namespace LtiPathways.Rubrics;

/// <summary>
/// An expected failure, as a sentence a teacher can act on. <see cref="Path"/> points into the input
/// (a JSON path or a criterion id); <see cref="Line"/> and <see cref="Column"/> are 1-based when the input is a file.
/// </summary>
public sealed record Problem(string Message, string? Path = null, int? Line = null, int? Column = null)
{
    /// <summary>The part of the criterion the rule is about, in the JSON file's names (<c>weight</c>, <c>levels[1].points</c>); null for the whole.</summary>
    public string? Field { get; init; }

    public override string ToString() => (Line, Column, Path) switch
    {
        ({ } line, { } column, _) => $"Line {line}, column {column}: {Message}",
        (_, _, { } path) => $"{path}: {Message}",
        _ => Message,
    };
}
