namespace LtiPathways.Rubrics;

/// <summary>Checks one criterion on its own: levels, weights, bands.</summary>
internal static class CriterionRules
{
    public static IEnumerable<Problem> Check(Criterion criterion) => criterion switch
    {
        LevelCriterion c => CheckLevels(c),
        FreeFormCriterion c => CheckFreeForm(c),
        SinglePointCriterion c => CheckSinglePoint(c),
        MarkbandCriterion c => CheckBands(c),
        _ => [new($"Criterion '{criterion.Title}' is of an unknown type.", criterion.Id)],
    };

    private static IEnumerable<Problem> CheckLevels(LevelCriterion c)
    {
        if (c.Weight <= 0m)
        {
            yield return new($"Criterion '{c.Title}' needs a weight above 0.", c.Id);
        }
        if (c.Levels.Count == 0)
        {
            yield return new($"Criterion '{c.Title}' has no levels.", c.Id);
        }
        foreach (var duplicate in c.Levels.GroupBy(l => l.Id).Where(g => g.Count() > 1))
        {
            yield return new($"Two levels of '{c.Title}' share the id '{duplicate.Key}'.", c.Id);
        }
        foreach (var level in c.Levels)
        {
            if (level.Points < 0m || level.MinimumPoints < 0m)
            {
                yield return new($"Level '{level.Title}' of '{c.Title}' has negative points.", c.Id);
            }
            if (level.MinimumPoints > level.Points)
            {
                yield return new($"Level '{level.Title}' of '{c.Title}' has a range from {level.MinimumPoints} down to {level.Points}.", c.Id);
            }
        }
    }

    private static IEnumerable<Problem> CheckFreeForm(FreeFormCriterion c)
    {
        if (c.Weight <= 0m)
        {
            yield return new($"Criterion '{c.Title}' needs a weight above 0.", c.Id);
        }
        if (c.MaximumEntered <= 0m)
        {
            yield return new($"Criterion '{c.Title}' needs a maximum above 0.", c.Id);
        }
    }

    private static IEnumerable<Problem> CheckSinglePoint(SinglePointCriterion c)
    {
        if (c.Points is { } p && !(0m <= p.Concerns && p.Concerns <= p.Meets && p.Meets <= p.Exceeds))
        {
            yield return new($"Criterion '{c.Title}' must give concerns ≤ meets ≤ exceeds points, none negative.", c.Id);
        }
    }

    private static IEnumerable<Problem> CheckBands(MarkbandCriterion c)
    {
        if (c.Bands.Count == 0)
        {
            yield return new($"Criterion '{c.Title}' has no markbands.", c.Id);
            yield break;
        }
        if (c.Bands.Select(b => b.Id).Distinct().Count() != c.Bands.Count)
        {
            yield return new($"Two markbands of '{c.Title}' share an id.", c.Id);
        }
        var ordered = c.Bands.OrderBy(b => b.Minimum).ToList();
        if (ordered[0].Minimum != 0)
        {
            yield return new($"The markbands of '{c.Title}' must start at 0.", c.Id);
        }
        if (ordered.Any(b => b.Minimum > b.Maximum))
        {
            yield return new($"A markband of '{c.Title}' ends below where it starts.", c.Id);
        }
        if (ordered.Zip(ordered.Skip(1)).Any(p => p.Second.Minimum != p.First.Maximum + 1))
        {
            yield return new($"The markbands of '{c.Title}' must follow on without gaps or overlaps.", c.Id);
        }
    }
}
