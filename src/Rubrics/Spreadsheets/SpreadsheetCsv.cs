using System.Globalization;
using CsvHelper;

namespace LtiPathways.Rubrics;

/// <summary>
/// The one CSV writer of every export (RFC 4180: CRLF, quotes where needed). A text cell that a spreadsheet would run
/// as a formula, one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, TAB or CR (OWASP's CSV injection rule),
/// is written with an apostrophe in front, which spreadsheets read as "this is text"; numbers are never marked.
/// Readers take the apostrophe off again with <see cref="TextOf"/>, so what an export wrote imports unchanged.
/// </summary>
public static class SpreadsheetCsv
{
    public const string FormulaStarts = "=+-@\t\r";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = FormulaStarts,
        InjectionEscape = '\'',

        // Cells with outer spaces are quoted, so readers that trim outside quotes keep them.
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
    };

    public static string Write(IEnumerable<IEnumerable<CsvCell>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    cell.WriteTo(csv);
                }

                csv.EndRecord();
            }

            csv.Flush();
        }

        return text.ToString();
    }

    /// <summary>A text cell as it was before export: one apostrophe before a formula character is taken off.</summary>
    public static string TextOf(string cell) => cell.StartsWith('\'') && IsMarkable(cell) ? cell[1..] : cell;

    /// <summary>
    /// CsvHelper marks text that starts with a formula character; text that already starts with apostrophes before one
    /// (<c>'=x</c>) gets one more here, so that <see cref="TextOf"/> gives back exactly what was written.
    /// </summary>
    internal static string Marked(string text) => text.StartsWith('\'') && IsMarkable(text) ? "'" + text : text;

    private static bool IsMarkable(string text) => text.TrimStart('\'') is [var first, ..] && FormulaStarts.Contains(first, StringComparison.Ordinal);
}
