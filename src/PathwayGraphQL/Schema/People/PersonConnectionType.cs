using GraphQL.Types.Relay;

namespace LtiPathways.PathwayGraphQL.Schema.People;

public sealed class PersonConnectionType : ConnectionType<PersonType, PersonEdgeType>
{
    public PersonConnectionType() => Name = "PersonConnection";
}
