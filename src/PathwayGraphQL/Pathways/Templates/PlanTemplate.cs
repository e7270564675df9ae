using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>
/// What a plan must contain, as data an institution's coordinator may edit. A plan keeps the <see cref="Version"/> it was
/// started on; <see cref="TemplateEdit"/> decides whether an edit changes that version or makes the next one.
/// </summary>
public sealed record PlanTemplate
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public int Version { get; init; } = 1;
    public Programme Programme { get; init; }

    /// <summary>Where the school says so, a combined plan's CRS counts as its CTE programme of study.</summary>
    public bool CrsCountsAsCteProgramme { get; init; }

    public ValueList<RequirementDefinition> Requirements { get; init; } = [];

    /// <summary>Whether plans on this template hold a career cluster and pathway (CTE and combined; a CP-only plan does not).</summary>
    public bool HoldsCareer() => Requirements.Any(r => r.Kind == RequirementKind.CareerChoice);

    /// <summary>The requirement a key names, by its current key or one it had before (Service Learning's data still finds Community Engagement).</summary>
    public RequirementDefinition? Find(string key) => Requirements.FirstOrDefault(r => r.Answers(key));
}
