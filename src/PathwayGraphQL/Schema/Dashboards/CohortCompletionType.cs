using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Dashboards;

namespace LtiPathways.PathwayGraphQL.Schema.Dashboards;

public sealed class CohortCompletionType : ObjectGraphType<CohortCompletion>
{
    public CohortCompletionType()
    {
        Name = "CohortCompletion";
        Description = "One cohort (the year its plans started): its plans, those complete, and the requirements met of all.";
        Field(c => c.Cohort);
        Field(c => c.Plans);
        Field(c => c.Complete).Description("Plans with every requirement met or waived.");
        Field(c => c.RequirementsMet);
        Field(c => c.Requirements);
        Field(c => c.MetPercent);
    }
}
