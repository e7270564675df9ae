using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class PlanVersionType : ObjectGraphType<PlanHistoryEntry>
{
    public PlanVersionType()
    {
        Name = "PlanVersion";
        Description = "One saved version of a plan, newest first in a plan's list.";
        Field(v => v.Number);
        Field(v => v.SavedBy).Description("The name of who saved it.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("savedAt").Resolve(context => new DateTimeOffset(context.Source.SavedAt, TimeSpan.Zero));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changes").Description("What changed from the version before.")
            .Resolve(context => context.Source.Changes);
    }
}
