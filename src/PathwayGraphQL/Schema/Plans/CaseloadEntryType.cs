using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Ids;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class CaseloadEntryType : ObjectGraphType<CaseloadRow>
{
    public CaseloadEntryType(GlobalIds ids)
    {
        Name = "CaseloadEntry";
        Description = "One student of a planner course's caseload, their plan's worst status and what needs attention.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The student's Person id.")
            .Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.StudentUserId));
        Field(r => r.Name).Description("The student's name.");
        Field<IdGraphType>("planId").Description("Their plan's id for plan(id:); null when they have not started one.")
            .Resolve(context => context.Source.PlanId is { } planId ? ids.Encode(GlobalIdKind.Plan, planId) : null);
        Field<RequirementStatusType>("overallStatus").Description("The plan's worst requirement status; null without a plan.")
            .Resolve(context => context.Source.Overall);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("needsAttention")
            .Description("The sentences of the requirements at risk, then missing.")
            .Resolve(context => context.Source.NeedsAttention);
    }
}
