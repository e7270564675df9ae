using FsCheck;
using FsCheck.Fluent;

namespace LtiPathways.Rubrics.Tests;

/// <summary>Generators of valid rubric versions and selections that fit them, for property tests.</summary>
public static class RubricGenerators
{
    private static readonly DateTimeOffset Created = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    public static Gen<decimal> Weight { get; } = Gen.Elements(0.5m, 1m, 1.25m, 2m, 3m);

    /// <summary>Line item maxima with at most two decimals, as platforms send them.</summary>
    public static Gen<decimal> ScoreMaximum { get; } = Gen.Choose(1, 100_000).Select(n => n / 100m);

    public static Gen<Level> LevelGen(int index) =>
        from points in Gen.Choose(0, 40)
        from range in Gen.Elements(false, false, true)
        from width in Gen.Choose(0, 5)
        select new Level($"l{index}", $"Level {index}", $"Descriptor {index}", points / 2m,
            range ? Math.Max(0m, points / 2m - width) : null);

    public static Gen<Criterion> LevelCriterionGen(int index) =>
        from count in Gen.Choose(1, 5)
        from levels in Gen.CollectToArray(Enumerable.Range(1, count).Select(LevelGen))
        from weight in Weight
        select (Criterion)new LevelCriterion($"c{index}", $"Criterion {index}", "", levels.ToValueList(), weight);

    public static Gen<Criterion> FreeFormGen(int index) =>
        from max in Gen.Choose(1, 20)
        from weight in Weight
        select (Criterion)new FreeFormCriterion($"c{index}", $"Free {index}", "", max, weight);

    public static Gen<Criterion> MarkbandGen(int index) =>
        from bandCount in Gen.Choose(1, 4)
        select (Criterion)new MarkbandCriterion($"c{index}", $"Criterion {index}", "",
            Enumerable.Range(0, bandCount + 1)
                .Select(b => b == 0 ? new Markband("b0", 0, 0, "No evidence") : new Markband($"b{b}", 2 * b - 1, 2 * b, $"Band {b}"))
                .ToValueList());

    public static Gen<Criterion> SinglePointGen(int index) =>
        from concerns in Gen.Choose(0, 2)
        from meets in Gen.Choose(0, 3)
        from exceeds in Gen.Choose(0, 2)
        select (Criterion)new SinglePointCriterion($"c{index}", $"Standard {index}", "What meeting it looks like",
            new SinglePointPoints(concerns, concerns + meets, concerns + meets + exceeds));

    public static Gen<RubricVersion> Analytic { get; } =
        from count in Gen.Choose(1, 6)
        from criteria in Gen.CollectToArray(Enumerable.Range(1, count)
            .Select(i => Gen.Frequency((4, LevelCriterionGen(i)), (1, FreeFormGen(i)))))
        select new RubricVersion(1, Created, RubricKind.Analytic, criteria.ToValueList(), []);

    public static Gen<RubricVersion> Markbands { get; } =
        from count in Gen.Choose(1, 5)
        from criteria in Gen.CollectToArray(Enumerable.Range(1, count).Select(MarkbandGen))
        select WithBoundaries(new RubricVersion(1, Created, RubricKind.IbMarkbands, criteria.ToValueList(), []));

    public static Gen<RubricVersion> SinglePoint { get; } =
        from count in Gen.Choose(1, 5)
        from criteria in Gen.CollectToArray(Enumerable.Range(1, count).Select(SinglePointGen))
        select new RubricVersion(1, Created, RubricKind.SinglePoint, criteria.ToValueList(), []);

    public static Gen<RubricVersion> AnyScorable { get; } =
        Gen.OneOf(Analytic, Markbands, SinglePoint).Where(v => v.MaximumPoints > 0m);

    /// <summary>Seven boundaries spread evenly from 0 to the maximum total (duplicates dropped for tiny rubrics).</summary>
    public static RubricVersion WithBoundaries(RubricVersion version)
    {
        var max = (int)version.MaximumPoints;
        var boundaries = Enumerable.Range(1, 7)
            .Select(g => new GradeBoundary(g, (g - 1) * max / 7))
            .DistinctBy(b => b.MinimumTotal)
            .ToValueList();
        return version with { GradeBoundaries = boundaries };
    }

    public static Gen<Selection> SelectionFor(Criterion criterion) => criterion switch
    {
        LevelCriterion c =>
            from level in Gen.Elements(c.Levels.ToArray())
            from fraction in Gen.Choose(0, 4)
            select (Selection)new LevelSelection(c.Id, level.Id, PointsIn(level, fraction)),
        FreeFormCriterion c => Gen.Choose(0, (int)c.MaximumEntered).Select(p => (Selection)new PointsSelection(c.Id, p)),
        SinglePointCriterion c => Gen.Elements(Enum.GetValues<SinglePointOutcome>())
            .Select(o => (Selection)new OutcomeSelection(c.Id, o)),
        MarkbandCriterion c =>
            from band in Gen.Elements(c.Bands.ToArray())
            from mark in Gen.Choose(band.Minimum, band.Maximum)
            select (Selection)new MarkSelection(c.Id, band.Id, mark),
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    };

    public static Gen<Selections> CompleteSelections(RubricVersion version) =>
        Gen.CollectToArray(version.Criteria.Select(SelectionFor)).Select(s => new Selections(s.ToValueList()));

    public static Gen<(RubricVersion Version, Selections Selections)> Marked(Gen<RubricVersion> versions) =>
        from version in versions
        from selections in CompleteSelections(version)
        select (version, selections);

    /// <summary>Points at fraction/4 of the way through a range level; null for a fixed level.</summary>
    public static decimal? PointsIn(Level level, int fraction) =>
        level.MinimumPoints is { } min ? min + (level.Points - min) * fraction / 4m : null;
}
