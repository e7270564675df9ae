using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Nodes;

namespace LtiPathways.PathwayGraphQL.Schema.People;

public sealed class PersonType : ObjectGraphType<PersonNode>
{
    public PersonType(GlobalIds ids)
    {
        Name = "Person";
        Description = "A person as their LMS knows them.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is PersonNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.Id));
        Field(p => p.Name).Description("The full name the LMS sent.");
        Field(p => p.GivenName, nullable: true);
        Field(p => p.FamilyName, nullable: true);
    }
}
