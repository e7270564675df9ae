using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>What the rubric scores as drawn: the engine's maximum per criterion and in total, and the lowest total.</summary>
public sealed record ScoringPreview(decimal Maximum, decimal Lowest, IReadOnlyList<(string Title, decimal Maximum)> Criteria, int? TopGrade)
{
    public static ScoringPreview Of(RubricVersion version) => new(
        version.MaximumPoints,
        version.Criteria.Sum(LowestOf),
        [.. version.Criteria.Select(c => (c.Title, c.MaximumPoints))],
        version.Kind == RubricKind.IbMarkbands ? version.GradeFor(version.MaximumPoints) : null);

    private static decimal LowestOf(Criterion criterion) => criterion switch
    {
        LevelCriterion { Levels.Count: > 0 } c => c.Levels.Min(l => l.MinimumPoints ?? l.Points) * c.Weight,
        SinglePointCriterion { Points: { } p } => p.Concerns,
        _ => 0m,
    };
}
