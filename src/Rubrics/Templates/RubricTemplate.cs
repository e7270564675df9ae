namespace LtiPathways.Rubrics;

/// <summary>A rubric shipped with the tool. Teachers copy it and edit the copy.</summary>
public sealed record RubricTemplate(string Key, string Title, string Summary, RubricVersion Version)
{
    public Rubric Copy(string rubricId, string ownerId, ShareScope scope, string? scopeId, DateTimeOffset copiedAt) =>
        new(rubricId, Title, ownerId, scope, scopeId, [Version with { Number = 1, CreatedAt = copiedAt }]);
}
