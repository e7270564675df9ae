using System.Globalization;
using System.Text;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled.</summary>
public static class AssessmentCsv
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        }
        return text.ToString();
    }

    public static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Text a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.</summary>
    public static string Text(string? value) =>
        value is { Length: > 0 } && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value ?? "";

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
