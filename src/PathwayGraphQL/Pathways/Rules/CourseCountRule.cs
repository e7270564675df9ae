using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>At least so many courses of one kind, e.g. two DP subjects.</summary>
public static class CourseCountRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        var minimum = requirement.Parameters.Minimum ?? 1;
        var chosen = facts.Plan.Courses.Where(c => c.Kind == requirement.Parameters.CourseKind).Select(c => c.Title).ToList();
        return chosen.Count switch
        {
            0 => new(RequirementStatus.Missing, $"none chosen yet; choose at least {minimum}."),
            var n when n < minimum => new(RequirementStatus.AtRisk, $"{n} of at least {minimum} chosen ({Wording.List(chosen)}); choose {minimum - n} more."),
            _ => new(RequirementStatus.Met, $"{Wording.List(chosen)} chosen, at least {minimum} needed."),
        };
    }
}
