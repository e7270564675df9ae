using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Reels;

namespace LtiPathways.PathwayGraphQL.Schema.Reels;

public sealed class ReelLinkUseType : ObjectGraphType<ReelLinkUseRow>
{
    public ReelLinkUseType()
    {
        Name = "ReelLinkUse";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(context => Utc.Of(context.Source.At));
        Field(u => u.What);
    }
}
