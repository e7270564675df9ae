using System.Text.Json;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>Turns catalogue JSON into clusters, collecting every problem (with its JSON path) rather than stopping at the first.</summary>
internal sealed class CatalogueReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly List<Problem> problems = [];
    private readonly Dictionary<string, string> pathwayOwners = new(StringComparer.OrdinalIgnoreCase);

    public static Validated<CareerCatalogue> Read(string json)
    {
        CatalogueFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogueFile>(json, Options);
        }
        catch (JsonException e)
        {
            return Validated<CareerCatalogue>.Invalid([new("The catalogue is not valid JSON.", e.Path,
                e.LineNumber is { } line ? (int)line + 1 : null, e.BytePositionInLine is { } column ? (int)column + 1 : null)]);
        }
        return new CatalogueReader().ReadFile(file);
    }

    private Validated<CareerCatalogue> ReadFile(CatalogueFile? file)
    {
        var framework = Text(file?.Framework, "$.framework", "The catalogue needs a \"framework\" line saying which edition of the career-clusters framework it follows.");
        var clusters = new List<CareerCluster>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, index) in (file?.Clusters ?? []).Select((c, i) => (c, i)))
        {
            var path = $"$.clusters[{index}]";
            if (ReadCluster(entry, path) is not { } cluster)
            {
                continue;
            }
            if (!names.Add(cluster.Name))
            {
                Fail($"{path}.name", $"The cluster “{cluster.Name}” is listed twice.");
            }
            clusters.Add(cluster);
        }
        if (clusters.Count == 0 && problems.Count == 0)
        {
            Fail("$.clusters", "The catalogue lists no clusters.");
        }
        return Validated<CareerCatalogue>.From(new CareerCatalogue(framework ?? "", clusters.ToValueList()), problems);
    }

    private CareerCluster? ReadCluster(ClusterEntry? entry, string path)
    {
        var name = Text(entry?.Name, $"{path}.name", "Each entry needs a name.");
        var description = Text(entry?.Description, $"{path}.description", "Each entry needs a description.");
        var pathways = (entry?.Pathways ?? [])
            .Select((p, i) => ReadPathway(p, $"{path}.pathways[{i}]", name ?? "this cluster"))
            .OfType<CareerPathway>()
            .ToValueList();
        if ((entry?.Pathways?.Count ?? 0) == 0)
        {
            Fail($"{path}.pathways", $"The cluster “{name}” has no pathways.");
        }
        return name is null || description is null ? null : new CareerCluster(name, description, pathways);
    }

    private CareerPathway? ReadPathway(PathwayEntry? entry, string path, string cluster)
    {
        var before = problems.Count;
        var name = Text(entry?.Name, $"{path}.name", "Each entry needs a name.");
        var description = Text(entry?.Description, $"{path}.description", "Each entry needs a description.");
        var occupations = List(entry?.Occupations, $"{path}.occupations", "example occupations");
        var certifications = List(entry?.Certifications, $"{path}.certifications", "typical certifications");
        var subjects = List(entry?.IbSubjects, $"{path}.ibSubjects", "related IB DP subjects");
        if (!InterestCode.TryParse(entry?.Riasec, out var code))
        {
            Fail($"{path}.riasec", $"“{entry?.Riasec}” is not an interest code: use one to three different letters from R, I, A, S, E and C.");
        }
        if (name is not null && !pathwayOwners.TryAdd(name, cluster))
        {
            Fail($"{path}.name", $"The pathway “{name}” appears in both {pathwayOwners[name]} and {cluster}; pathway names must be unique.");
        }
        return problems.Count > before ? null : new CareerPathway(name!, description!, occupations, certifications, subjects, code);
    }

    private string? Text(string? value, string path, string sentence)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }
        Fail(path, sentence);
        return null;
    }

    private ValueList<string> List(List<string?>? values, string path, string what)
    {
        var items = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToValueList();
        if (items.Count == 0 || items.Count != values!.Count)
        {
            Fail(path, $"Each pathway needs {what}, and none of them may be blank.");
        }
        return items;
    }

    private void Fail(string path, string message) => problems.Add(new(message, path));
}
