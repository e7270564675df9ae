using System.Text.Json;

namespace LtiPathways.Rubrics;

/// <summary>
/// Our rubric file format, described by Schema/rubric.schema.json. Reading returns the whole rubric or the
/// problems with it (syntax errors with line and column, content errors with a JSON path) — never half a rubric.
/// </summary>
public static class RubricJson
{
    public const int SchemaVersion = 1;

    public static string Write(Rubric rubric) => RubricJsonWriter.Write(rubric);

    public static Validated<Rubric> Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = CharacterColumn(json, line, (int)(e.BytePositionInLine ?? 0));
            return Validated<Rubric>.Invalid([new Problem(SyntaxMessage(e), "$", line + 1, column + 1)]);
        }
        using (document)
        {
            var reader = new RubricJsonReader();
            var rubric = reader.ReadRubric(document.RootElement);
            return rubric is null ? Validated<Rubric>.Invalid(reader.Problems) : Validated<Rubric>.From(rubric, reader.Problems);
        }
    }

    /// <summary>System.Text.Json counts bytes within the line; teachers' editors count characters.</summary>
    private static int CharacterColumn(string json, int lineIndex, int bytePosition)
    {
        var lines = json.Split('\n');
        if (lineIndex >= lines.Length)
        {
            return bytePosition;
        }
        var bytes = System.Text.Encoding.UTF8.GetBytes(lines[lineIndex]);
        return System.Text.Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(bytePosition, bytes.Length));
    }

    /// <summary>Keeps the parser's reason and drops its own "LineNumber: … | BytePositionInLine: …" suffix.</summary>
    private static string SyntaxMessage(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }
        return "The file is not valid JSON: " + (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
