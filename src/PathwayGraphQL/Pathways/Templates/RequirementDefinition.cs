using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>
/// One requirement of a template: what is checked (<see cref="Kind"/>, <see cref="Parameters"/>) under the name students see.
/// Former keys and names keep data and documents written under an earlier IB name attached to this one.
/// </summary>
public sealed record RequirementDefinition
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public RequirementKind Kind { get; init; }
    public RequirementParameters Parameters { get; init; } = RequirementParameters.None;
    public ValueList<string> FormerKeys { get; init; } = [];
    public ValueList<string> FormerNames { get; init; } = [];

    /// <summary>Whether a tag, waiver or link naming <paramref name="key"/> means this requirement.</summary>
    public bool Answers(string key) =>
        string.Equals(Key, key, StringComparison.OrdinalIgnoreCase)
        || FormerKeys.Any(former => string.Equals(former, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a document's heading means this requirement, by its name now or before.</summary>
    public bool IsNamed(string name) =>
        string.Equals(Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
        || FormerNames.Any(former => string.Equals(former, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
