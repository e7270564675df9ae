using GraphQL.Types.Relay.DataObjects;

namespace LtiPathways.PathwayGraphQL.Schema.People;

/// <summary>A page of a course's roster.</summary>
public sealed class PersonConnection : Connection<PersonNode, PersonEdge>;
