using System.Text;

namespace LtiPathways.Rubrics;

/// <summary>
/// RFC 4180 reading, by hand rather than with CsvHelper's reader: import problems name the line and column where a
/// cell starts (quoted line breaks included), which CsvHelper reports per record only. Writing is <see cref="SpreadsheetCsv"/>'s,
/// whose formula mark every cell loses here again.
/// </summary>
internal static class Csv
{
    public static (List<List<CsvField>> Records, Problem? Problem) Read(string text)
    {
        var records = new List<List<CsvField>>();
        var record = new List<CsvField>();
        var value = new StringBuilder();
        int i = text.StartsWith('\uFEFF') ? 1 : 0, line = 1, column = 1;
        while (true)
        {
            var (startLine, startColumn) = (line, column);
            value.Clear();
            if (i < text.Length && text[i] == '"')
            {
                (i, column) = (i + 1, column + 1);
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return (records, new("This quoted cell is never closed; add the missing \".", null, startLine, startColumn));
                    }
                    var c = text[i];
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        value.Append('"');
                        (i, column) = (i + 2, column + 2);
                    }
                    else if (c == '"')
                    {
                        (i, column) = (i + 1, column + 1);
                        break;
                    }
                    else
                    {
                        value.Append(c);
                        (i, line, column) = c == '\n' ? (i + 1, line + 1, 1) : (i + 1, line, column + 1);
                    }
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    return (records, new("Text follows a closing quote; put the whole cell inside the quotes.", null, line, column));
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        return (records, new("A quote inside a cell needs the whole cell quoted, with the quote doubled (\"\").", null, line, column));
                    }
                    value.Append(text[i]);
                    (i, column) = (i + 1, column + 1);
                }
            }
            record.Add(new(SpreadsheetCsv.TextOf(value.ToString()), startLine, startColumn));
            if (i < text.Length && text[i] == ',')
            {
                (i, column) = (i + 1, column + 1);
                continue;
            }
            records.Add(record);
            record = [];
            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }
            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }
            (line, column) = (line + 1, 1);
            if (i >= text.Length)
            {
                return (records, null);
            }
        }
    }
}
