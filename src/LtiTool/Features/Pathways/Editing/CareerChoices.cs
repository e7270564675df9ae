using LtiPathways.PathwayGraphQL.Pathways.Careers;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>The shipped career catalogue, read once: the plan's career pathway is chosen from it.</summary>
public static class CareerChoices
{
    private static readonly Lazy<CareerCatalogue> Loaded = new(() =>
        CareerCatalogue.LoadShipped().Value ?? throw new InvalidOperationException("The shipped career catalogue does not read; its tests check it."));

    public static CareerCatalogue Catalogue => Loaded.Value;

    /// <summary>"Information Technology / Network Systems", the value of each choice in the form.</summary>
    public static IEnumerable<string> Values => Catalogue.Pathways.Select(p => $"{p.Cluster.Name} / {p.Pathway.Name}");
}
