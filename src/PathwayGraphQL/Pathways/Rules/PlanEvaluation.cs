using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>Every requirement of a plan's template, evaluated in the template's order.</summary>
public sealed record PlanEvaluation(ValueList<RequirementResult> Requirements)
{
    /// <summary>The worst status among the requirements: what an advisor's caseload shows for the student.</summary>
    public RequirementStatus Overall => Requirements.Count == 0 ? RequirementStatus.Met : Requirements.Min(r => r.Status);
}
