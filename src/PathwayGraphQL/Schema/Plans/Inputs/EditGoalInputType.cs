using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class EditGoalInputType : PlanChangeInputType<EditGoalInput>
{
    public EditGoalInputType()
        : base("EditGoalInput", "A change to one goal; fields left out stay as they are.")
    {
        Field<NonNullGraphType<IdGraphType>>("goalId");
        Field<StringGraphType>("text");
        Field<StringGraphType>("measure");
        Field<DateOnlyGraphType>("targetDate");
        Field<GoalStatusType>("status");
    }
}
