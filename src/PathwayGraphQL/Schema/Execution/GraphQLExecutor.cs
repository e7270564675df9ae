using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Persisted;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>
/// Runs one GraphQL request for one caller: finds its document (text or persisted hash), refuses what the transport or
/// the caller's scope forbids, validates it with the limits, and executes it under the time limit. Knows nothing of HTTP.
/// </summary>
public sealed class GraphQLExecutor(
    IDocumentExecuter<ToolSchema> executer, PersistedQueries persisted, GlobalIds ids, IOptions<GraphQLOptions> options,
    ILogger<GraphQLExecutor> logger)
{
    /// <param name="mutationsAllowed">False where only queries may run (GraphQL over HTTP: a GET request).</param>
    public async Task<GraphQLAnswer> ExecuteAsync(
        GraphQLRequest request, GraphQLCaller caller, bool mutationsAllowed, IServiceProvider services, CancellationToken cancellationToken)
    {
        var found = persisted.Document(request);
        if (!found.Succeeded)
        {
            // PersistedQueryNotFound with its code is the convention clients match on (Apollo's automatic persisted queries).
            return GraphQLAnswer.Refused(GraphQLAnswerKind.RequestError, found.Refusal.Sentence,
                found.Refusal.Code == RefusalCode.NotFound ? "PERSISTED_QUERY_NOT_FOUND" : "BAD_REQUEST");
        }

        var query = found.Value;
        var document = TryParse(query);
        var operation = document is null ? null : Operation(document, request.OperationName);
        if (operation is OperationType.Mutation or OperationType.Subscription)
        {
            if (!mutationsAllowed)
            {
                return GraphQLAnswer.Refused(GraphQLAnswerKind.MutationNotAllowed,
                    "A mutation cannot be sent with GET; send it with POST.", "METHOD_NOT_ALLOWED");
            }

            if (!caller.MayWrite)
            {
                return GraphQLAnswer.Refused(GraphQLAnswerKind.RequestError,
                    "This API token may only read; an administrator can create one with the write scope.", "READ_ONLY_TOKEN");
            }
        }

        await ids.EnsureLoadedAsync(cancellationToken);
        var limits = options.Value;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = new ToolUserContext(caller),
            RequestServices = services,
            CancellationToken = cancellationToken,
            ValidationRules = DocumentValidator.CoreRules.Concat(Rules(caller, limits)),
            Timeout = limits.Timeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldAst.Name.StringValue);
                return Task.CompletedTask;
            },
        });
        return new GraphQLAnswer(result, result.Errors?.Any(e => e is TimeoutError) == true ? GraphQLAnswerKind.TimedOut
            : result.Executed ? GraphQLAnswerKind.Executed : GraphQLAnswerKind.RequestError);
    }

    private static IEnumerable<IValidationRule> Rules(GraphQLCaller caller, GraphQLOptions limits)
    {
        yield return new CostLimitRule(limits);
        yield return new BreadthLimitRule(limits.MaxBreadth);
        if (!caller.MayIntrospect)
        {
            yield return NoIntrospectionValidationRule.Instance;
        }
    }

    /// <summary>The parsed document, or null so that the executer reports the syntax error in its own words.</summary>
    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    private static OperationType? Operation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation;
    }
}
