using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Ids;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class PilotStudentType : ObjectGraphType<PersonChoice>
{
    public PilotStudentType(GlobalIds ids)
    {
        Name = "PilotStudent";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The student's Person id.").Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.UserId));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
    }
}
