using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>The hours a requirement counts: its kinds, up to today (a day still to come counts when it has come).</summary>
public static class LoggedHours
{
    public static List<HourLog> For(RequirementDefinition requirement, PlanFacts facts) =>
        [.. facts.Plan.Hours.Where(h => requirement.Parameters.HourKinds.Contains(h.Kind) && h.Date <= facts.Today && h.Hours > 0)];
}
