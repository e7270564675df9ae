using GraphQL;

namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>One GraphQL request as the GraphQL-over-HTTP spec defines its parameters, already checked for their JSON types.</summary>
public sealed record GraphQLRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
