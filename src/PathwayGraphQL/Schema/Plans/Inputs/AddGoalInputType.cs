using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class AddGoalInputType : PlanChangeInputType<AddGoalInput>
{
    public AddGoalInputType()
        : base("AddGoalInput", "A new goal: what, how the student will know, and by when; it is set today and not started.")
    {
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<NonNullGraphType<StringGraphType>>("measure").Description("How the student will know they reached it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("targetDate");
    }
}
