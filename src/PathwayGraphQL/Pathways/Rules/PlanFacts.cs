using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// Everything a rule may look at. <see cref="Today"/> is given, never read from the clock, so an evaluation is repeatable;
/// <see cref="ReleasedPercentages"/> holds the released result of each rubric assessment the plan links, by its id
/// (an assessment not released yet is absent); <see cref="Modules"/> holds where the student stands in each of the
/// institution's self-paced modules, by module key.
/// </summary>
public sealed record PlanFacts(PlanTemplate Template, PlanDocument Plan, DateOnly Today, IReadOnlyDictionary<Guid, decimal> ReleasedPercentages)
{
    public IReadOnlyDictionary<string, ModuleStanding> Modules { get; init; } = new Dictionary<string, ModuleStanding>();
}
