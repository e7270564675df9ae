using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class RemovePlanItemInputType : PlanChangeInputType<RemovePlanItemInput>
{
    public RemovePlanItemInputType()
        : base("RemovePlanItemInput", "Removes one goal, milestone, reflection or hour log by its id.")
    {
        Field<NonNullGraphType<IdGraphType>>("itemId");
    }
}
