using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>
/// The rubric editor's form as typed: numbers stay text so a refused form shows exactly what was entered.
/// <see cref="Boundaries"/> holds the minimum total of grades 1 to 7 (markband rubrics only; blank for no boundary).
/// </summary>
public sealed record RubricDraft(string Title, RubricKind Kind, IReadOnlyList<CriterionDraft> Criteria, IReadOnlyList<string> Boundaries)
{
    public const int Grades = 7;

    public static IReadOnlyList<string> NoBoundaries { get; } = [.. Enumerable.Repeat("", Grades)];
}
