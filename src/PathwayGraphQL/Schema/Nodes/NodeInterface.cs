using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Nodes;

/// <summary>Relay's Node: anything with an opaque global id that <c>node(id:)</c> finds again.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything with an opaque id; node(id:) finds it again, if the caller may see it.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
