using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class HourLogType : ObjectGraphType<HourLog>
{
    public HourLogType()
    {
        Name = "HourLog";
        Description = "Time spent on one day in one kind of activity.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entry's id within its plan.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(context => context.Source.Date);
        Field(h => h.Hours);
        Field<NonNullGraphType<HourKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(h => h.Activity, nullable: true);
        Field(h => h.Supervisor, nullable: true).Description("Who can confirm the hours.");
    }
}
