using System.Text.Json;
using System.Text.Json.Nodes;

namespace LtiPathways.Rubrics;

/// <summary>
/// One marker's selections as JSON, the form stored with an assessment and sent by the grading page:
/// <c>{"overallComment": "…", "items": [{"criterion": "c1", "level": "c1-4", "points": 3.5, "band": "…", "mark": 4, "outcome": "meets", "comment": "…"}]}</c>.
/// Which fields an item carries decides its kind: level, band + mark, outcome, points alone (free-form), or a comment
/// alone (<see cref="CommentSelection"/>: written before anything was chosen, and kept).
/// </summary>
public static class SelectionsJson
{
    public static string Write(Selections selections)
    {
        var items = new JsonArray();
        foreach (var selection in selections.Items)
        {
            var item = new JsonObject { ["criterion"] = selection.CriterionId };
            switch (selection)
            {
                case LevelSelection s:
                    item["level"] = s.LevelId;
                    if (s.Points is { } points)
                    {
                        item["points"] = points;
                    }
                    break;
                case PointsSelection s:
                    item["points"] = s.Points;
                    break;
                case MarkSelection s:
                    item["band"] = s.BandId;
                    item["mark"] = s.Mark;
                    break;
                case OutcomeSelection s:
                    item["outcome"] = s.Outcome.ToString().ToLowerInvariant();
                    break;
            }
            if (!string.IsNullOrEmpty(selection.Comment))
            {
                item["comment"] = selection.Comment;
            }
            items.Add(item);
        }
        var root = new JsonObject { ["items"] = items };
        if (!string.IsNullOrEmpty(selections.OverallComment))
        {
            root["overallComment"] = selections.OverallComment;
        }
        return root.ToJsonString();
    }

    /// <summary>The selections, or sentences saying which item is malformed; whether they fit a rubric is for <see cref="RubricScorer"/>.</summary>
    public static Validated<Selections> Read(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            return Validated<Selections>.Invalid([new Problem("The marks are not valid JSON: " + e.Message.Split(" Path:")[0], "$")]);
        }
        return root is JsonObject obj ? Read(obj) : Validated<Selections>.Invalid([new Problem("The marks must be a JSON object.", "$")]);
    }

    public static Validated<Selections> Read(JsonObject root)
    {
        var problems = new List<Problem>();
        var selections = new List<Selection>();
        var items = root["items"] as JsonArray ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"$.items[{i}]";
            if (items[i] is not JsonObject item || Text(item, "criterion") is not { Length: > 0 } criterion)
            {
                problems.Add(new("Each mark needs the criterion it is for.", path));
                continue;
            }
            var (selection, problem) = ReadItem(item, criterion, path);
            if (problem is not null)
            {
                problems.Add(problem);
            }
            else if (selection is not null)
            {
                selections.Add(selection);
            }
        }
        var overall = Text(root, "overallComment");
        return Validated<Selections>.From(new Selections(selections.ToValueList(), string.IsNullOrWhiteSpace(overall) ? null : overall), problems);
    }

    /// <summary>A null selection (with no problem) is an item that holds nothing: no choice and no comment.</summary>
    private static (Selection?, Problem?) ReadItem(JsonObject item, string criterion, string path)
    {
        var comment = Text(item, "comment") is { Length: > 0 } c ? c : null;
        var points = Number(item, "points", out var badPoints);
        if (badPoints)
        {
            return (null, new($"The points for '{criterion}' must be a number.", path + ".points"));
        }
        if (Text(item, "level") is { Length: > 0 } level)
        {
            return (new LevelSelection(criterion, level, points, comment), null);
        }
        if (Text(item, "band") is { Length: > 0 } band)
        {
            var mark = Number(item, "mark", out var badMark);
            return badMark || mark is null || mark != decimal.Truncate(mark.Value) || mark is < int.MinValue or > int.MaxValue
                ? (null, new($"The mark for '{criterion}' must be a whole number.", path + ".mark"))
                : (new MarkSelection(criterion, band, (int)mark.Value, comment), null);
        }
        if (Text(item, "outcome") is { Length: > 0 } outcome)
        {
            return Enum.TryParse<SinglePointOutcome>(outcome, ignoreCase: true, out var parsed) && !int.TryParse(outcome, out _)
                ? (new OutcomeSelection(criterion, parsed, comment), null)
                : (null, new($"'{outcome}' is not concerns, meets or exceeds.", path + ".outcome"));
        }
        if (points is { } entered)
        {
            return (new PointsSelection(criterion, entered, comment), null);
        }
        return comment is null ? (null, null) : (new CommentSelection(criterion, comment), null);
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;

    private static decimal? Number(JsonObject obj, string name, out bool malformed)
    {
        malformed = false;
        if (obj[name] is not JsonValue value)
        {
            return null;
        }
        if (value.TryGetValue<decimal>(out var number))
        {
            return number;
        }
        if (value.TryGetValue<string>(out var text))
        {
            if (text.Trim().Length == 0)
            {
                return null;
            }
            if (decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }
        malformed = true;
        return null;
    }
}
