namespace LtiPathways.Rubrics;

/// <summary>
/// A rubric and its versions, oldest first. Owner and share scope are plain values:
/// <see cref="ScopeId"/> is the course or institution the rubric is shared with.
/// </summary>
public sealed record Rubric(
    string Id,
    string Title,
    string OwnerId,
    ShareScope Scope,
    string? ScopeId,
    ValueList<RubricVersion> Versions)
{
    public RubricVersion Current => Versions[^1];

    public RubricVersion? FindVersion(int number) => Versions.FirstOrDefault(v => v.Number == number);
}
