using System.Text.Json;

namespace LtiPathways.Rubrics;

/// <summary>Turns a parsed JSON document into a rubric, collecting every problem rather than stopping at the first.</summary>
internal sealed class RubricJsonReader
{
    private readonly JsonFieldReader f = new();

    public IReadOnlyList<Problem> Problems => f.Problems;

    public Rubric? ReadRubric(JsonElement root)
    {
        if (!f.IsObject(root, "$"))
        {
            return null;
        }
        var schemaVersion = f.Int(root, "schemaVersion", "$");
        if (schemaVersion is { } v && v != RubricJson.SchemaVersion)
        {
            f.Fail("$.schemaVersion", $"This tool reads schema version {RubricJson.SchemaVersion}; the file has version {v}.");
            return null;
        }
        var id = f.String(root, "id", "$");
        var title = f.String(root, "title", "$");
        var owner = f.String(root, "ownerId", "$");
        var scope = f.Enum<ShareScope>(root, "scope", "$");
        var scopeId = f.OptionalString(root, "scopeId", "$");
        var versions = f.Array(root, "versions", "$").Select(x => ReadVersion(x.Item, x.Path)).ToList();
        if (versions.Count == 0 && f.Problems.Count == 0)
        {
            f.Fail("$.versions", "A rubric needs at least one version.");
        }
        var numbers = versions.OfType<RubricVersion>().Select(x => x.Number).ToList();
        if (!numbers.Zip(numbers.Skip(1)).All(p => p.First < p.Second))
        {
            f.Fail("$.versions", "Versions must be listed oldest first with rising numbers.");
        }
        return f.Problems.Count > 0
            ? null
            : new Rubric(id!, title!, owner!, scope!.Value, scopeId, versions.Select(x => x!).ToValueList());
    }

    private RubricVersion? ReadVersion(JsonElement element, string path)
    {
        if (!f.IsObject(element, path))
        {
            return null;
        }
        var before = f.Problems.Count;
        var number = f.Int(element, "number", path);
        var createdAt = f.Date(element, "createdAt", path);
        var kind = f.Enum<RubricKind>(element, "kind", path);
        var criteria = f.Array(element, "criteria", path).Select(x => CriterionJsonReader.Read(f, x.Item, x.Path)).ToList();
        var boundaries = f.Array(element, "gradeBoundaries", path, required: false)
            .Select(x => f.IsObject(x.Item, x.Path) && f.Int(x.Item, "grade", x.Path) is { } grade
                && f.Decimal(x.Item, "minimumTotal", x.Path) is { } min ? new GradeBoundary(grade, min) : null)
            .ToList();
        if (f.Problems.Count > before)
        {
            return null;
        }
        var version = new RubricVersion(number!.Value, createdAt!.Value, kind!.Value,
            criteria.Select(c => c!).ToValueList(), boundaries.Select(b => b!).ToValueList());
        foreach (var problem in RubricVersionRules.Check(version))
        {
            f.Fail(PathOf(version, path, problem.Path) + (problem.Field is { } field ? "." + field : ""), problem.Message);
        }
        return version;
    }

    /// <summary>Rule problems name a criterion id (and the part of it); point at that criterion in the file instead.</summary>
    private static string PathOf(RubricVersion version, string versionPath, string? ruleTarget)
    {
        var index = version.Criteria.Select(c => c.Id).ToList().IndexOf(ruleTarget ?? "");
        return index >= 0 ? $"{versionPath}.criteria[{index}]" : $"{versionPath}.{ruleTarget}";
    }
}
