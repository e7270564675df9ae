using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class PlanChangePayloadType : ObjectGraphType<PlanChangePayload>
{
    public PlanChangePayloadType()
    {
        Name = "PlanChangePayload";
        Description = "The plan after the change, at its new versionNumber (the expectedVersion of the next change).";
        Field<NonNullGraphType<PlanType>>("plan").Resolve(context => context.Source.Plan);
        Field<IdGraphType>("itemId").Description("The id of the goal, milestone, reflection or hour log added, changed or removed.")
            .Resolve(context => context.Source.ItemId);
        Field<SignOffType>("signOff").Description("The signature signOffPlan added (or found already there).").Resolve(context => context.Source.SignOff);
        Field<StringGraphType>("clientMutationId").Resolve(context => context.Source.ClientMutationId);
    }
}
