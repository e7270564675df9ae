using GraphQL;

namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>GraphQL.NET's per-request user context, carrying the caller every resolver scopes by.</summary>
public sealed class ToolUserContext(GraphQLCaller caller) : Dictionary<string, object?>
{
    public GraphQLCaller Caller { get; } = caller;

    public static GraphQLCaller CallerOf(IResolveFieldContext context) =>
        (context.UserContext as ToolUserContext ?? throw new InvalidOperationException("The request carries no ToolUserContext.")).Caller;
}
