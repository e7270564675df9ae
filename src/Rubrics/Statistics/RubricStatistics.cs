namespace LtiPathways.Rubrics;

/// <summary>Per-assessment reports: distribution per level, mean per criterion, mean total.</summary>
public sealed record RubricStatistics(int AssessmentCount, decimal? MeanTotal, ValueList<CriterionStatistics> Criteria)
{
    /// <summary>Results must come from <paramref name="version"/>; scores of unknown criteria are ignored.</summary>
    public static RubricStatistics Compute(RubricVersion version, IEnumerable<ScoreResult> results)
    {
        var list = results.ToList();
        var criteria = version.Criteria.Select(criterion =>
        {
            var scored = list
                .Where(r => !r.UnscoredCriteria.Contains(criterion.Id))
                .SelectMany(r => r.Criteria.Where(c => c.CriterionId == criterion.Id))
                .ToList();
            var levels = LevelsOf(criterion)
                .Select(l => new LevelCount(l.Key, l.Title, scored.Count(s => s.LevelKey == l.Key)))
                .ToValueList();
            decimal? mean = scored.Count == 0 ? null : scored.Sum(s => s.Points) / scored.Count;
            return new CriterionStatistics(criterion.Id, criterion.Title, scored.Count, mean, levels);
        });
        decimal? meanTotal = list.Count == 0 ? null : list.Sum(r => r.Total) / list.Count;
        return new(list.Count, meanTotal, criteria.ToValueList());
    }

    private static IEnumerable<(string Key, string Title)> LevelsOf(Criterion criterion) => criterion switch
    {
        LevelCriterion c => c.Levels.Select(l => (l.Id, l.Title)),
        MarkbandCriterion c => c.Bands.Select(b => (b.Id, b.Minimum == b.Maximum ? $"{b.Minimum}" : $"{b.Minimum}–{b.Maximum}")),
        SinglePointCriterion => Enum.GetValues<SinglePointOutcome>()
            .Select(o => (CriterionScoring.OutcomeKey(o), o.ToString())),
        _ => [],
    };
}
