using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A plan as one viewer opens it: the current version, its evaluation, the signatures and the comments.</summary>
public sealed record PlanView(
    PlanSnapshot Plan, string StudentName, PlanCapacity Capacity, PlanTemplate Template, PlanEvaluation Evaluation,
    ValueList<SignOff> SignOffs, ValueList<PlanNote> Comments)
{
    /// <summary>Where the student stands in each of the institution's self-paced modules.</summary>
    public ValueList<ModuleStanding> Modules { get; init; } = [];
}
