using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class MilestoneType : ObjectGraphType<Milestone>
{
    public MilestoneType()
    {
        Name = "Milestone";
        Description = "A dated step, on the way to one goal or standing on its own.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The milestone's id within its plan.").Resolve(context => context.Source.Id);
        Field(m => m.Title);
        Field<NonNullGraphType<DateOnlyGraphType>>("due").Resolve(context => context.Source.Due);
        Field<DateOnlyGraphType>("completedOn").Resolve(context => context.Source.CompletedOn);
        Field<IdGraphType>("goalId").Description("The goal it leads to, if any.").Resolve(context => context.Source.GoalId);
    }
}
