using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class MentorType : ObjectGraphType<MentorRow>
{
    public MentorType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Mentor";
        Description = "A mentor of one student.";
        Field<NonNullGraphType<IdGraphType>>("personId").Description("The mentor's Person id.").Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.PersonId));
        Field(m => m.Name);
        Field<NonNullGraphType<MentorKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(m => m.Email, nullable: true).Description("An outside mentor's e-mail; null for the LMS's people.");
        Field(m => m.Organisation, nullable: true).Description("An outside mentor's organisation; null for the LMS's people.");
        Field(m => m.StudentsAssigned).Description("How many students the mentor follows at the institution's platform.");
        Field<NonNullGraphType<ConnectionType<MentorLinkType>>>("links").Description("An outside mentor's signed links, newest first; none for the LMS's people.")
            .Paged().Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Links));
    }
}
