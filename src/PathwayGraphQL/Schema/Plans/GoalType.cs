using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class GoalType : ObjectGraphType<Goal>
{
    public GoalType()
    {
        Name = "Goal";
        Description = "A specific, measurable goal of the plan.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The goal's id within its plan.").Resolve(context => context.Source.Id);
        Field(g => g.Text);
        Field(g => g.Measure).Description("How the student will know they reached it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("setOn").Resolve(context => context.Source.SetOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("targetDate").Resolve(context => context.Source.TargetDate);
        Field<NonNullGraphType<GoalStatusType>>("status").Resolve(context => context.Source.Status);
    }
}
