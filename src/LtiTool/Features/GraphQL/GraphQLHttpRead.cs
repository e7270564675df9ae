using System.Diagnostics.CodeAnalysis;
using LtiPathways.PathwayGraphQL.Schema.Execution;

namespace LtiPathways.LtiTool.Features.GraphQL;

/// <summary>A request read from HTTP: its GraphQL parameters, or why they could not be read.</summary>
public sealed class GraphQLHttpRead
{
    private GraphQLHttpRead(GraphQLRequest? request, GraphQLHttpRefusal? refusal) => (Request, Refusal) = (request, refusal);

    public GraphQLRequest? Request { get; }

    public GraphQLHttpRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    public static implicit operator GraphQLHttpRead(GraphQLRequest request) => new(request, null);

    public static implicit operator GraphQLHttpRead(GraphQLHttpRefusal refusal) => new(null, refusal);
}
