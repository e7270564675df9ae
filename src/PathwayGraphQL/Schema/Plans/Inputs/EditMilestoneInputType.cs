using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class EditMilestoneInputType : PlanChangeInputType<EditMilestoneInput>
{
    public EditMilestoneInputType()
        : base("EditMilestoneInput", "A change to one milestone (mark it done with completedOn); fields left out stay as they are.")
    {
        Field<NonNullGraphType<IdGraphType>>("milestoneId");
        Field<StringGraphType>("title");
        Field<DateOnlyGraphType>("due");
        Field<DateOnlyGraphType>("completedOn");
        Field<IdGraphType>("goalId");
    }
}
