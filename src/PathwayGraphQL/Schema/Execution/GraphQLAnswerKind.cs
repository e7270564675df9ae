namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>How a request ended, for the transport to choose its status; the result's errors say the rest.</summary>
public enum GraphQLAnswerKind
{
    /// <summary>Executed: data (perhaps with field errors beside it).</summary>
    Executed,

    /// <summary>Refused before execution (syntax, validation, variables, limits, unknown persisted query): no data.</summary>
    RequestError,

    /// <summary>A mutation sent where only queries may run (GraphQL over HTTP: GET).</summary>
    MutationNotAllowed,

    /// <summary>Stopped at the time limit.</summary>
    TimedOut,
}
