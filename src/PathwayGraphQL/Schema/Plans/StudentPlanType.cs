using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.People;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class StudentPlanType : ObjectGraphType<StudentPlan>
{
    public StudentPlanType()
    {
        Name = "StudentPlan";
        Description = "A student of the institution, their plan's worst status and what needs attention; no plan until they start one.";
        Field<NonNullGraphType<PersonType>>("student")
            .Resolve(context => new PersonNode(context.Source.StudentUserId, context.Source.Name, context.Source.GivenName, context.Source.FamilyName));
        Field<RequirementStatusType>("overallStatus").Description("The plan's worst requirement status; null without a plan.")
            .Resolve(context => context.Source.Plan?.Evaluation.Overall);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("needsAttention")
            .Description("The sentences of the requirements at risk, then missing.")
            .Resolve(context => context.Source.Plan is { } plan ? Caseload.Row(plan).NeedsAttention : []);
        Field<PlanType>("plan").Resolve(context => context.Source.Plan);
    }
}
