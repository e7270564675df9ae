using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>A complete skills self-assessment: one rating per skill, in the assessment's order.</summary>
public sealed record SkillsProfile(ValueList<(EmployabilitySkill Skill, SkillLevel Level)> Ratings)
{
    public SkillLevel LevelOf(string skillId) =>
        Ratings.Single(r => string.Equals(r.Skill.Id, skillId, StringComparison.OrdinalIgnoreCase)).Level;
}
