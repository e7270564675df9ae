namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>Modules written for the tool (JSON files in <c>Shipped/</c>, embedded): an institution adds them as they are or edits a copy.</summary>
public static class ShippedModules
{
    private static readonly Lazy<IReadOnlyList<CteModule>> Loaded = new(Load);

    public static IReadOnlyList<CteModule> All => Loaded.Value;

    private static List<CteModule> Load()
    {
        var assembly = typeof(ShippedModules).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.Contains(".Modules.Shipped.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                    var read = ModuleJson.Read(reader.ReadToEnd());
                    // A shipped module that fails its own rules is a bug in this repository, not bad input.
                    return read.Value ?? throw new InvalidOperationException($"{name}: {string.Join("; ", read.Problems)}");
                }),
        ];
    }
}
