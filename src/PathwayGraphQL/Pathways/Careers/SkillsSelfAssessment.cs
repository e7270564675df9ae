using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>A short employability-skills self-assessment: each skill rated 1 (starting) to 4 (confident).</summary>
public sealed class SkillsSelfAssessment
{
    public SkillsSelfAssessment(IEnumerable<EmployabilitySkill> skills)
    {
        Skills = skills.ToValueList();
        if (Skills.Any(s => s.LevelDescriptors.Count != Enum.GetValues<SkillLevel>().Length)
            || Skills.Select(s => s.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Skills.Count)
        {
            throw new ArgumentException("Each skill needs a unique id and one descriptor per level.", nameof(skills));
        }
    }

    public static SkillsSelfAssessment Standard { get; } = new(StandardSkills.All);

    public ValueList<EmployabilitySkill> Skills { get; }

    public Validated<SkillsProfile> Rate(IEnumerable<SkillRating> ratings)
    {
        var list = ratings.ToList();
        var problems = new List<Problem>();
        foreach (var rating in list.Where(r => Find(r.SkillId) is null))
        {
            problems.Add(new($"There is no skill “{rating.SkillId}” in this self-assessment.", rating.SkillId));
        }
        foreach (var rating in list.Where(r => !Enum.IsDefined(r.Level)))
        {
            problems.Add(new($"Ratings run from 1 (starting) to 4 (confident); {rating.SkillId} has {(int)rating.Level}.", rating.SkillId));
        }
        var result = new List<(EmployabilitySkill, SkillLevel)>();
        foreach (var skill in Skills)
        {
            var mine = list.Where(r => string.Equals(r.SkillId, skill.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (mine.Count == 0)
            {
                problems.Add(new($"{skill.Name} still needs a rating.", skill.Id));
            }
            else if (mine.Count > 1)
            {
                problems.Add(new($"{skill.Name} is rated {mine.Count} times; keep only one.", skill.Id));
            }
            else
            {
                result.Add((skill, mine[0].Level));
            }
        }
        return Validated<SkillsProfile>.From(new SkillsProfile(result.ToValueList()), problems);
    }

    private EmployabilitySkill? Find(string id) => Skills.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
}
