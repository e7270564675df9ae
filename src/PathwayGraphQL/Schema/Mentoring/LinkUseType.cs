using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Mentoring;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class LinkUseType : ObjectGraphType<LinkUseRow>
{
    public LinkUseType()
    {
        Name = "SignedLinkUse";
        Description = "One use of an outside mentor's signed link: who, when, and what it did, in a sentence.";
        Field(u => u.Mentor).Description("The outside mentor whose link it was.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(context => Utc.Of(context.Source.At));
        Field(u => u.What);
    }
}
