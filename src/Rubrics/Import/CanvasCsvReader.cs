using System.Globalization;

namespace LtiPathways.Rubrics;

/// <summary>Turns CSV records in Canvas's rubric layout into criteria, noting each problem at its cell.</summary>
internal sealed class CanvasCsvReader
{
    private static readonly int Fixed = CanvasRubricCsv.CriterionColumns.Length;
    private static readonly int Triple = CanvasRubricCsv.RatingColumns.Length;

    public List<Problem> Problems { get; } = [];

    public (string? Title, List<Criterion> Criteria) Read(List<List<CsvField>> records)
    {
        var criteria = new List<Criterion>();
        if (!HeaderIsValid(records[0]))
        {
            return (null, criteria);
        }
        string? title = null;
        foreach (var record in records.Skip(1).Where(r => r.Any(f => f.Value.Trim().Length > 0)))
        {
            var name = record[0].Value;
            if (name.Trim().Length == 0)
            {
                Fail(record[0], "Every row needs the rubric's name in the first column.");
                continue;
            }
            if (title is not null && name != title)
            {
                Fail(record[0], $"This file holds more than one rubric ('{title}' and '{name}'); import them one at a time.");
                continue;
            }
            title = name;
            if (ReadCriterion(record, criteria.Count + 1) is { } criterion)
            {
                criteria.Add(criterion);
            }
        }
        if (criteria.Count == 0 && Problems.Count == 0)
        {
            Problems.Add(new("The file has a header but no criteria.", null, records.Count, 1));
        }
        return (title, criteria);
    }

    private bool HeaderIsValid(List<CsvField> row)
    {
        // Spreadsheets often save empty columns after the last rating.
        var header = row.Take(row.FindLastIndex(f => f.Value.Trim().Length > 0) + 1).DefaultIfEmpty(row[0]).ToList();
        var ratingColumns = Math.Max(0, header.Count - Fixed);
        var expected = CanvasRubricCsv.CriterionColumns
            .Concat(Enumerable.Range(0, Math.Max(1, (ratingColumns + Triple - 1) / Triple)).SelectMany(_ => CanvasRubricCsv.RatingColumns))
            .ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            if (i >= header.Count || !string.Equals(header[i].Value.Trim(), expected[i], StringComparison.OrdinalIgnoreCase))
            {
                var at = i < header.Count ? header[i] : new CsvField("", 1, header[^1].Column + header[^1].Value.Length + 1);
                Fail(at, $"Expected the column \"{expected[i]}\" here; is this a Canvas rubric CSV?");
                return false;
            }
        }
        return true;
    }

    private LevelCriterion? ReadCriterion(List<CsvField> record, int number)
    {
        var before = Problems.Count;
        var id = $"c{number}";
        var criterionName = Cell(record, 1);
        if (criterionName is null || criterionName.Value.Trim().Length == 0)
        {
            Fail(criterionName ?? record[^1], "Every criterion needs a name.");
        }
        var range = Cell(record, 3) is { } flag && flag.Value.Trim().Length > 0
            ? ParseFlag(flag)
            : false;
        var ratings = new List<(string Name, string Description, decimal Points)>();
        for (var start = Fixed; start < record.Count; start += Triple)
        {
            var cells = Enumerable.Range(start, Triple).Select(i => Cell(record, i)).ToList();
            if (cells.All(c => c is null || c.Value.Trim().Length == 0))
            {
                continue;
            }
            if (cells[2] is not { } pointsCell || !decimal.TryParse(pointsCell.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points))
            {
                Fail(cells[2] ?? cells[0]!, $"'{cells[2]?.Value}' is not a number of points.");
                continue;
            }
            ratings.Add((cells[0]?.Value ?? "", cells[1]?.Value ?? "", points));
        }
        if (ratings.Count == 0 && Problems.Count == before)
        {
            Fail(record[0], "This criterion has no ratings.");
        }
        if (Problems.Count > before)
        {
            return null;
        }
        var levels = ratings.Select((r, i) => new Level($"{id}-r{i + 1}", r.Name, r.Description, r.Points,
            range ? ratings.Where(o => o.Points < r.Points).Select(o => (decimal?)o.Points).Max() ?? 0m : null));
        return new LevelCriterion(id, criterionName!.Value, Cell(record, 2)?.Value ?? "", levels.ToValueList());
    }

    private bool ParseFlag(CsvField flag)
    {
        if (bool.TryParse(flag.Value.Trim(), out var value))
        {
            return value;
        }
        Fail(flag, $"\"Criteria Enable Range\" must be true or false, not '{flag.Value}'.");
        return false;
    }

    private static CsvField? Cell(List<CsvField> record, int index) => index < record.Count ? record[index] : null;

    private void Fail(CsvField at, string message) => Problems.Add(new(message, null, at.Line, at.Column));
}
