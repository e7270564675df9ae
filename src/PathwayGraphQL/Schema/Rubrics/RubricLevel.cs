using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

/// <summary>One step of a criterion's scale whatever the rubric's kind: a level, a markband or a single-point outcome.</summary>
public sealed record RubricLevel(string Id, string Title, string Description, decimal Points, decimal? MinimumPoints)
{
    public static IReadOnlyList<RubricLevel> Of(Criterion criterion) => criterion switch
    {
        LevelCriterion c => c.Levels.Select(l => new RubricLevel(l.Id, l.Title, l.Description, l.Points * c.Weight, l.MinimumPoints * c.Weight)).ToList(),
        MarkbandCriterion c => c.Bands.Select(b => new RubricLevel(b.Id, $"{b.Minimum}–{b.Maximum}", b.Descriptor, b.Maximum, b.Minimum)).ToList(),
        SinglePointCriterion { Points: { } points } => Enum.GetValues<SinglePointOutcome>()
            .Select(o => new RubricLevel(o.ToString().ToLowerInvariant(), o.ToString(), "", points.For(o), null)).ToList(),
        _ => [],
    };
}
