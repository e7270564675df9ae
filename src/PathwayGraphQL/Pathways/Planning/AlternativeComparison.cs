using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Held pathways compared: each checked against the plan, what differs between each pair, the plan's pathway today and
/// its evaluation as it stands. <see cref="PlanNow"/> is null when the student has no plan yet.
/// </summary>
public sealed record AlternativeComparison(
    ValueList<AlternativeCheck> Alternatives, ValueList<ChoiceDifference> Differences, CareerChoice? PlanChoice, PlanEvaluation? PlanNow)
{
    /// <summary>False for a CP-only plan: it holds no career pathway, so none is offered to move into it.</summary>
    public bool PlanHoldsCareer { get; init; } = true;
}
