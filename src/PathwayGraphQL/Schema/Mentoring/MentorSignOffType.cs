using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Ids;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class MentorSignOffType : ObjectGraphType<MentorSignOffRow>
{
    public MentorSignOffType(GlobalIds ids)
    {
        Name = "MentorSignOff";
        Description = "Hours a mentor confirmed, or a milestone they signed off.";
        Field<NonNullGraphType<IdGraphType>>("itemId").Description("The hour log's or milestone's id within the plan.").Resolve(context => context.Source.ItemId);
        Field<NonNullGraphType<MentorSignOffKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(s => s.What).Description("The hours or the milestone's title.");
        Field<NonNullGraphType<IdGraphType>>("mentorId").Description("The mentor's Person id.").Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.SignOff.PersonId));
        Field<NonNullGraphType<StringGraphType>>("mentor").Description("The mentor's name.").Resolve(context => context.Source.SignOff.Name);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("signedAt").Resolve(context => context.Source.SignOff.SignedAt);
    }
}
