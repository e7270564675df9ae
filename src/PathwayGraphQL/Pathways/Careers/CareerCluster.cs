using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>A career cluster of the national framework with its pathways.</summary>
public sealed record CareerCluster(string Name, string Description, ValueList<CareerPathway> Pathways)
{
    public CareerPathway? FindPathway(string name) =>
        Pathways.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
