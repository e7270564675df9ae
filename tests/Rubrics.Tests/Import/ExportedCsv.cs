using CsvHelper;

namespace LtiPathways.Rubrics.Tests.Import;

/// <summary>An exported file's cells as a spreadsheet receives them, read with CsvHelper's reader rather than the tool's own.</summary>
public static class ExportedCsv
{
    public static List<string[]> Cells(string csv)
    {
        using var reader = CsvReader.Create(new StringReader(csv), CsvReaderOptions.Default with { Separator = ',', HasHeader = false }, leaveOpen: false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }

    /// <summary>OWASP's CSV injection rule: a cell starting with one of these is run as a formula by some spreadsheet.</summary>
    public static bool RunsAsFormula(string cell) => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal);
}
