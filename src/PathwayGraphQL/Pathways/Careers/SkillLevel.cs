namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>The four levels of the skills self-assessment; each skill describes what every level looks like.</summary>
public enum SkillLevel
{
    Starting = 1,
    Developing = 2,
    Capable = 3,
    Confident = 4,
}
