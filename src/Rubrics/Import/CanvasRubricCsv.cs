namespace LtiPathways.Rubrics;

/// <summary>
/// Canvas rubric CSV: a header of <c>Rubric Name, Criteria Name, Criteria Description, Criteria Enable Range</c>
/// then <c>Rating Name, Rating Description, Rating Points</c> repeated once per rating; one row per criterion,
/// ratings highest first. See the README in this project for what carries over and what does not.
/// </summary>
public static class CanvasRubricCsv
{
    internal static readonly string[] CriterionColumns = ["Rubric Name", "Criteria Name", "Criteria Description", "Criteria Enable Range"];
    internal static readonly string[] RatingColumns = ["Rating Name", "Rating Description", "Rating Points"];

    /// <summary>
    /// Writes the current version. Canvas has no weights, so rating points are written with the weight applied;
    /// a free-form criterion becomes one range rating from 0 to its maximum.
    /// </summary>
    public static Validated<string> Write(Rubric rubric)
    {
        var version = rubric.Current;
        if (version.Kind is not (RubricKind.Analytic or RubricKind.Holistic))
        {
            return Validated<string>.Invalid([new Problem(
                $"Canvas rubrics have only rated criteria, so a {RubricVersionRules.KindName(version.Kind)} rubric cannot be exported to CSV; export JSON instead.")]);
        }
        var rows = version.Criteria.Select(c => Row(rubric.Title, c)).ToList();
        var ratingCount = rows.Max(r => (r.Count - CriterionColumns.Length) / RatingColumns.Length);
        var header = CriterionColumns.Concat(Enumerable.Repeat(RatingColumns, ratingCount).SelectMany(x => x)).Select(CsvCell.Text);
        var padded = rows.Select(r => r.Concat(Enumerable.Repeat(CsvCell.Text(""), CriterionColumns.Length + ratingCount * RatingColumns.Length - r.Count)));
        return Validated<string>.Valid(SpreadsheetCsv.Write(padded.Prepend(header)));
    }

    /// <summary>Reads one rubric as a new private, analytic rubric; ids are c1, c2… and c1-r1, c1-r2… in file order.</summary>
    public static Validated<Rubric> Read(string csv, string rubricId, string ownerId, DateTimeOffset importedAt)
    {
        var (records, syntax) = Csv.Read(csv);
        if (syntax is not null)
        {
            return Validated<Rubric>.Invalid([syntax]);
        }
        var reader = new CanvasCsvReader();
        var (title, criteria) = reader.Read(records);
        if (reader.Problems.Count > 0)
        {
            return Validated<Rubric>.Invalid(reader.Problems);
        }
        var version = new RubricVersion(1, importedAt, RubricKind.Analytic, criteria.ToValueList(), []);
        var rules = RubricVersionRules.Check(version);
        return Validated<Rubric>.From(new Rubric(rubricId, title!, ownerId, ShareScope.Private, null, [version]), rules);
    }

    private static List<CsvCell> Row(string rubricTitle, Criterion criterion)
    {
        var (levels, range) = criterion switch
        {
            LevelCriterion c => (c.Levels.OrderByDescending(l => l.Points)
                .Select(l => (l.Title, l.Description, Points: l.Points * c.Weight)).ToList(), c.Levels.Any(l => l.IsRange)),
            FreeFormCriterion c => ([("Points", "", c.MaximumPoints)], true),
            _ => (new List<(string Title, string Description, decimal Points)>(), false),
        };
        return
        [
            rubricTitle, criterion.Title, criterion.Description, range ? "true" : "false",
            .. levels.SelectMany(l => new[] { l.Title, l.Description, CsvCell.Number(l.Points) }),
        ];
    }
}
