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
            yield return new($"Criterion '{c.Title}' needs a weight above 0.", c.Id) { Field = "weight" };
        }
        if (c.Levels.Count == 0)
        {
            yield return new($"Criterion '{c.Title}' has no levels.", c.Id) { Field = "levels" };
        }
        foreach (var duplicate in c.Levels.GroupBy(l => l.Id).Where(g => g.Count() > 1))
        {
            yield return new($"Two levels of '{c.Title}' share the id '{duplicate.Key}'.", c.Id) { Field = "levels" };
        }
        foreach (var (level, index) in c.Levels.Select((l, i) => (l, i)))
        {
            if (level.Points < 0m || level.MinimumPoints < 0m)
            {
                yield return new($"Level '{level.Title}' of '{c.Title}' has negative points.", c.Id)
                    { Field = level.Points < 0m ? $"levels[{index}].points" : $"levels[{index}].minimumPoints" };
            }
            if (level.MinimumPoints > level.Points)
            {
                yield return new($"Level '{level.Title}' of '{c.Title}' has a range from {level.MinimumPoints} down to {level.Points}.", c.Id)
                    { Field = $"levels[{index}].minimumPoints" };
            }
        }
    }

    private static IEnumerable<Problem> CheckFreeForm(FreeFormCriterion c)
    {
        if (c.Weight <= 0m)
        {
            yield return new($"Criterion '{c.Title}' needs a weight above 0.", c.Id) { Field = "weight" };
        }
        if (c.MaximumEntered <= 0m)
        {
            yield return new($"Criterion '{c.Title}' needs a maximum above 0.", c.Id) { Field = "maximumPoints" };
        }
    }

    private static IEnumerable<Problem> CheckSinglePoint(SinglePointCriterion c)
    {
        if (c.Points is { } p && !(0m <= p.Concerns && p.Concerns <= p.Meets && p.Meets <= p.Exceeds))
        {
            yield return new($"Criterion '{c.Title}' must give concerns ≤ meets ≤ exceeds points, none negative.", c.Id) { Field = "points" };
        }
    }

    private static IEnumerable<Problem> CheckBands(MarkbandCriterion c)
    {
        if (c.Bands.Count == 0)
        {
            yield return new($"Criterion '{c.Title}' has no markbands.", c.Id) { Field = "bands" };
            yield break;
        }
        if (c.Bands.Select(b => b.Id).Distinct().Count() != c.Bands.Count)
        {
            yield return new($"Two markbands of '{c.Title}' share an id.", c.Id) { Field = "bands" };
        }
        var ordered = c.Bands.OrderBy(b => b.Minimum).ToList();
        if (ordered[0].Minimum != 0)
        {
            yield return new($"The markbands of '{c.Title}' must start at 0.", c.Id) { Field = BandField(c, ordered[0], "minimum") };
        }
        if (ordered.FirstOrDefault(b => b.Minimum > b.Maximum) is { } backwards)
        {
            yield return new($"A markband of '{c.Title}' ends below where it starts.", c.Id) { Field = BandField(c, backwards, "maximum") };
        }
        if (ordered.Zip(ordered.Skip(1)).FirstOrDefault(p => p.Second.Minimum != p.First.Maximum + 1) is ({ }, { } gap))
        {
            yield return new($"The markbands of '{c.Title}' must follow on without gaps or overlaps.", c.Id) { Field = BandField(c, gap, "minimum") };
        }
    }

    private static string BandField(MarkbandCriterion c, Markband band, string name) => $"bands[{c.Bands.ToList().IndexOf(band)}].{name}";
}
