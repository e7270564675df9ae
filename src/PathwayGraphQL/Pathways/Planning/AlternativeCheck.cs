using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// One held pathway against the plan: the plan's requirements evaluated with it as the plan's pathway (null without a
/// plan), and which of its related DP subjects the plan already has.
/// </summary>
public sealed record AlternativeCheck(PathwayChoice Choice, PlanEvaluation? Evaluation, ValueList<string> SubjectsInPlan);
