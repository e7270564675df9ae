using System.Text.Json;

namespace LtiPathways.Rubrics;

internal static class CriterionJsonReader
{
    public static Criterion? Read(JsonFieldReader f, JsonElement element, string path)
    {
        if (!f.IsObject(element, path))
        {
            return null;
        }
        var before = f.Problems.Count;
        var type = f.String(element, "type", path);
        var id = f.String(element, "id", path);
        var title = f.String(element, "title", path);
        var description = f.String(element, "description", path, required: false);
        Criterion? criterion = type switch
        {
            null => null,
            "levels" => new LevelCriterion(id!, title!, description!, ReadLevels(f, element, path), Weight(f, element, path)),
            "freeForm" => new FreeFormCriterion(id!, title!, description!, f.Decimal(element, "maximumPoints", path) ?? 0m, Weight(f, element, path)),
            "singlePoint" => new SinglePointCriterion(id!, title!, description!, ReadOutcomePoints(f, element, path)),
            "markbands" => new MarkbandCriterion(id!, title!, description!, ReadBands(f, element, path)),
            _ => Unknown(f, type, path),
        };
        return f.Problems.Count > before ? null : criterion;
    }

    private static decimal Weight(JsonFieldReader f, JsonElement element, string path) =>
        f.Decimal(element, "weight", path, required: false) ?? 1m;

    private static ValueList<Level> ReadLevels(JsonFieldReader f, JsonElement element, string path) =>
        f.Array(element, "levels", path)
            .Where(x => f.IsObject(x.Item, x.Path))
            .Select(x => new Level(
                f.String(x.Item, "id", x.Path) ?? "",
                f.String(x.Item, "title", x.Path) ?? "",
                f.String(x.Item, "description", x.Path, required: false) ?? "",
                f.Decimal(x.Item, "points", x.Path) ?? 0m,
                f.Decimal(x.Item, "minimumPoints", x.Path, required: false)))
            .ToValueList();

    private static SinglePointPoints? ReadOutcomePoints(JsonFieldReader f, JsonElement element, string path)
    {
        if (f.Field(element, "points", path, required: false) is not { } points || !f.IsObject(points, $"{path}.points"))
        {
            return null;
        }
        var p = $"{path}.points";
        return new(f.Decimal(points, "concerns", p) ?? 0m, f.Decimal(points, "meets", p) ?? 0m, f.Decimal(points, "exceeds", p) ?? 0m);
    }

    private static ValueList<Markband> ReadBands(JsonFieldReader f, JsonElement element, string path) =>
        f.Array(element, "bands", path)
            .Where(x => f.IsObject(x.Item, x.Path))
            .Select(x => new Markband(
                f.String(x.Item, "id", x.Path) ?? "",
                f.Int(x.Item, "minimum", x.Path) ?? 0,
                f.Int(x.Item, "maximum", x.Path) ?? 0,
                f.String(x.Item, "descriptor", x.Path, required: false) ?? ""))
            .ToValueList();

    private static Criterion? Unknown(JsonFieldReader f, string type, string path)
    {
        f.Fail($"{path}.type", $"\"{type}\" is not a criterion type; use one of {string.Join(", ", JsonNames.CriterionTypes.Select(t => $"\"{t}\""))}.");
        return null;
    }
}
