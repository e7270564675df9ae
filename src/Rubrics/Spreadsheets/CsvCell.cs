using CsvHelper;

namespace LtiPathways.Rubrics;

/// <summary>One cell of an export: text, which a spreadsheet must show and never run, or a number, which must stay a number.</summary>
public readonly record struct CsvCell
{
    private const string NumberFormat = "0.############################";

    private readonly string? text;
    private readonly decimal? number;
    private readonly bool isNumber;

    private CsvCell(string? text, decimal? number, bool isNumber) => (this.text, this.number, this.isNumber) = (text, number, isNumber);

    public static CsvCell Text(string? value) => new(value, null, false);

    /// <summary>Written as it is (invariant, no trailing zeros), never marked as text: <c>-3</c> stays the number -3.</summary>
    public static CsvCell Number(decimal? value) => new(null, value, true);

    public static implicit operator CsvCell(string? text) => Text(text);

    internal void WriteTo(CsvWriter writer)
    {
        if (isNumber)
        {
            writer.WriteField(number, NumberFormat);
        }
        else
        {
            writer.WriteField(SpreadsheetCsv.Marked(text ?? ""));
        }
    }
}
