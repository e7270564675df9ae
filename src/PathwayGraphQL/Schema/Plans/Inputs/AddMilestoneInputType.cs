using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class AddMilestoneInputType : PlanChangeInputType<AddMilestoneInput>
{
    public AddMilestoneInputType()
        : base("AddMilestoneInput", "A new dated step, on the way to one of the plan's goals or standing on its own.")
    {
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<DateOnlyGraphType>>("due");
        Field<DateOnlyGraphType>("completedOn").Description("When it was done; leave out until it is.");
        Field<IdGraphType>("goalId").Description("The goal it leads to, if any.");
    }
}
