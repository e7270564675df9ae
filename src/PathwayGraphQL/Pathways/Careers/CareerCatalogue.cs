using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>
/// The career clusters and pathways students browse, loaded from the catalogue JSON shipped in this assembly
/// (or another catalogue in the same shape) and checked on load: unique names, valid interest codes, nothing blank.
/// </summary>
public sealed class CareerCatalogue
{
    private const string ShippedResource = "LtiPathways.PathwayGraphQL.Pathways.Careers.career-clusters.json";

    internal CareerCatalogue(string framework, ValueList<CareerCluster> clusters) => (Framework, Clusters) = (framework, clusters);

    /// <summary>Which edition of the national framework the names come from.</summary>
    public string Framework { get; }

    public ValueList<CareerCluster> Clusters { get; }

    public IEnumerable<(CareerCluster Cluster, CareerPathway Pathway)> Pathways =>
        Clusters.SelectMany(c => c.Pathways.Select(p => (c, p)));

    private static readonly Lazy<CareerCatalogue> Loaded = new(() => LoadShipped().Value
        ?? throw new InvalidOperationException("The shipped career catalogue does not read; its test says why."));

    /// <summary>The shipped catalogue, read once: what pages browse and suggestions rank.</summary>
    public static CareerCatalogue Shipped => Loaded.Value;

    public static Validated<CareerCatalogue> Parse(string json) => CatalogueReader.Read(json);

    /// <summary>The catalogue shipped with the tool; a problem here is a bug in the shipped file, found by its test.</summary>
    public static Validated<CareerCatalogue> LoadShipped()
    {
        using var stream = typeof(CareerCatalogue).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The resource {ShippedResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public CareerCluster? FindCluster(string name) =>
        Clusters.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    public CareerPathway? FindPathway(string cluster, string pathway) => FindCluster(cluster)?.FindPathway(pathway);
}
