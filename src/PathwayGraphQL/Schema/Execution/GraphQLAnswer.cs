using GraphQL;

namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>A result and how it ended.</summary>
public sealed record GraphQLAnswer(ExecutionResult Result, GraphQLAnswerKind Kind)
{
    public static GraphQLAnswer Refused(GraphQLAnswerKind kind, string message, string code) =>
        new(new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = code }] }, kind);
}
