namespace LtiPathways.Rubrics;

/// <summary>Checks that a version makes sense before anyone scores with it.</summary>
public static class RubricVersionRules
{
    public static ValueList<Problem> Check(RubricVersion version)
    {
        var problems = new List<Problem>();
        if (version.Criteria.Count == 0)
        {
            problems.Add(new("The rubric has no criteria.", "criteria"));
        }
        foreach (var duplicate in version.Criteria.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new($"Two criteria share the id '{duplicate.Key}'.", duplicate.Key));
        }
        foreach (var criterion in version.Criteria)
        {
            if (string.IsNullOrWhiteSpace(criterion.Id) || string.IsNullOrWhiteSpace(criterion.Title))
            {
                problems.Add(new("Every criterion needs an id and a title.", criterion.Id) { Field = "title" });
            }
            if (!FitsKind(version.Kind, criterion))
            {
                problems.Add(new($"Criterion '{criterion.Title}' cannot be part of a {KindName(version.Kind)} rubric.", criterion.Id));
            }
            problems.AddRange(CriterionRules.Check(criterion));
        }
        if (version.Kind == RubricKind.Holistic && version.Criteria.Count > 1)
        {
            problems.Add(new("A holistic rubric has exactly one scale.", "criteria"));
        }
        problems.AddRange(BoundaryRules(version));
        return problems.ToValueList();
    }

    internal static string KindName(RubricKind kind) => kind switch
    {
        RubricKind.Analytic => "analytic",
        RubricKind.Holistic => "holistic",
        RubricKind.SinglePoint => "single-point",
        _ => "markband",
    };

    private static bool FitsKind(RubricKind kind, Criterion criterion) => (kind, criterion) switch
    {
        (RubricKind.Analytic, LevelCriterion or FreeFormCriterion) => true,
        (RubricKind.Holistic, LevelCriterion) => true,
        (RubricKind.SinglePoint, SinglePointCriterion) => true,
        (RubricKind.IbMarkbands, MarkbandCriterion) => true,
        _ => false,
    };

    private static IEnumerable<Problem> BoundaryRules(RubricVersion version)
    {
        var boundaries = version.GradeBoundaries;
        if (version.Kind != RubricKind.IbMarkbands)
        {
            if (boundaries.Count > 0)
            {
                yield return new("Only markband rubrics convert totals to grades.", "gradeBoundaries");
            }
            yield break;
        }
        if (boundaries.Count == 0)
        {
            yield return new("A markband rubric needs grade boundaries to convert the total to a grade.", "gradeBoundaries");
            yield break;
        }
        if (boundaries.Any(b => b.Grade is < 1 or > 7))
        {
            yield return new("Grades run from 1 to 7.", "gradeBoundaries");
        }
        var ordered = boundaries.OrderBy(b => b.Grade).ToList();
        if (ordered.Select(b => b.Grade).Distinct().Count() != ordered.Count)
        {
            yield return new("Each grade may have only one boundary.", "gradeBoundaries");
        }
        if (ordered.Zip(ordered.Skip(1)).Any(p => p.First.MinimumTotal >= p.Second.MinimumTotal))
        {
            yield return new("A higher grade needs a higher minimum total.", "gradeBoundaries");
        }
        if (ordered[0].MinimumTotal != 0m)
        {
            yield return new("The lowest grade boundary must start at 0 so every total gets a grade.", "gradeBoundaries");
        }
        if (ordered[^1].MinimumTotal > version.MaximumPoints)
        {
            yield return new($"The top grade needs {ordered[^1].MinimumTotal} but the rubric has only {version.MaximumPoints} marks.", "gradeBoundaries");
        }
    }
}
