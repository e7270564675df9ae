using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class MeetingType : ObjectGraphType<PartnershipMeeting>
{
    public MeetingType()
    {
        Name = "PartnershipMeeting";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The meeting's id within its provider.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Resolve(context => context.Source.HeldOn);
        Field(m => m.Attendees);
        Field(m => m.Notes);
    }
}
