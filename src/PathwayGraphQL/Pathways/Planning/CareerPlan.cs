using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>The student's own plan as career exploration meets it: as it stands, and the template that says whether a pathway fits.</summary>
public sealed record CareerPlan(PlanSnapshot Snapshot, PlanTemplate Template)
{
    /// <summary>CTE and combined plans hold a career cluster and pathway; a CP-only plan does not.</summary>
    public bool HoldsCareer => Template.HoldsCareer();

    public Plans.CareerChoice? Career => Snapshot.Document.Career;
}
