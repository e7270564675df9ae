namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>The templates the tool ships (JSON files in <c>Shipped/</c>, embedded): an institution starts from these and edits its own copy.</summary>
public static class ShippedTemplates
{
    private static readonly Lazy<IReadOnlyList<PlanTemplate>> Loaded = new(Load);

    public static IReadOnlyList<PlanTemplate> All => Loaded.Value;

    public static PlanTemplate CareerRelated => ByKey("ib-cp");

    public static PlanTemplate CteIlp => ByKey("cte-ilp");

    public static PlanTemplate Combined => ByKey("ib-cp-cte");

    private static PlanTemplate ByKey(string key) => All.Single(t => t.Key == key);

    private static List<PlanTemplate> Load()
    {
        var assembly = typeof(ShippedTemplates).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.Contains(".Pathways.Templates.Shipped.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                    var read = PlanTemplateJson.Read(reader.ReadToEnd());
                    // A shipped template that fails its own rules is a bug in this repository, not bad input.
                    return read.Value ?? throw new InvalidOperationException($"{name}: {string.Join("; ", read.Problems)}");
                }),
        ];
    }
}
