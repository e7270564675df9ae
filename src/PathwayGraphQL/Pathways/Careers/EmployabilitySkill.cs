using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>
/// A skill students rate themselves on, with one descriptor per level (Starting first) and the interest types whose
/// pathways lean on it, which lets a strong rating support a suggestion.
/// </summary>
public sealed record EmployabilitySkill(string Id, string Name, string Description, ValueList<string> LevelDescriptors, ValueList<RiasecType> SupportsInterests)
{
    public string Describe(SkillLevel level) => LevelDescriptors[(int)level - 1];
}
