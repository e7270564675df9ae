using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// Hours within a range (Reflective Project supervision, 3 to 6). Hours over the maximum do not undo the requirement:
/// only the maximum counts, and the sentence says so.
/// </summary>
public static class HourRangeRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        var (least, most) = (requirement.Parameters.MinimumHours ?? 0, requirement.Parameters.MaximumHours ?? 0);
        var range = $"{Wording.Hours(least)} to {Wording.Hours(most)}";
        var total = LoggedHours.For(requirement, facts).Sum(h => h.Hours);
        return total switch
        {
            0 => new(RequirementStatus.Missing, $"no hours logged yet; {range} are needed."),
            _ when total < least => new(RequirementStatus.OnTrack, $"{Wording.Hours(total)} of at least {Wording.Hours(least)} hours logged; up to {Wording.Hours(most)} count."),
            _ when total <= most => new(RequirementStatus.Met, $"{Wording.Hours(total)} hours logged, within {range}."),
            _ => new(RequirementStatus.Met, $"{Wording.Hours(total)} hours logged; {Wording.Hours(most)} of them count, as {range} are asked for."),
        };
    }
}
