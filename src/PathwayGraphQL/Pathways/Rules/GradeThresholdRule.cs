using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>A released rubric assessment, tagged as evidence for the requirement, scoring at least the threshold.</summary>
public static class GradeThresholdRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        var threshold = Wording.Percent(requirement.Parameters.MinimumPercentage ?? 0);
        var linked = facts.Plan.Evidence
            .Where(e => e.Source == EvidenceSource.RubricAssessment && e.RequirementKeys.Any(requirement.Answers)).ToList();
        if (linked.Count == 0)
        {
            return new(RequirementStatus.Missing, $"no rubric assessment linked yet; link one that scores at least {threshold}.");
        }
        var released = linked.Where(e => facts.ReleasedPercentages.ContainsKey(e.SourceId)).ToList();
        if (released.Count == 0)
        {
            return new(RequirementStatus.OnTrack, $"{Wording.List(linked.Select(e => e.Title))} not released yet; {threshold} needed.");
        }
        var best = released.MaxBy(e => facts.ReleasedPercentages[e.SourceId])!;
        var percentage = facts.ReleasedPercentages[best.SourceId];
        return percentage >= requirement.Parameters.MinimumPercentage
            ? new(RequirementStatus.Met, $"{best.Title} scored {Wording.Percent(percentage)}, at least the {threshold} needed.")
            : new(RequirementStatus.AtRisk, $"the best released result is {Wording.Percent(percentage)} ({best.Title}); {threshold} needed.");
    }
}
