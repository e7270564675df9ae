using LtiPathways.PathwayGraphQL.Schema.Execution;

namespace LtiPathways.LtiTool.Features.GraphQL;

/// <summary>
/// The tool's own GraphQL-over-HTTP endpoint (the GraphQL.NET server package is not available here): reads the request,
/// finds the caller, hands both to the school core's executor and turns its answer into the status the spec gives.
/// </summary>
public static class GraphQLEndpoints
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, (HttpContext context, GraphQLHttpRequestReader reader) =>
            AnswerAsync(context, cancellationToken => reader.ReadPostAsync(context.Request, cancellationToken), mutationsAllowed: true));
        routes.MapGet(Path, (HttpContext context, GraphQLHttpRequestReader reader) =>
            AnswerAsync(context, _ => Task.FromResult(reader.ReadGet(context.Request)), mutationsAllowed: false));
        routes.MapMethods(Path, ["PUT", "PATCH", "DELETE"], (HttpContext context) =>
        {
            context.Response.Headers.Allow = "GET, POST";
            return GraphQLHttpResult.Error(new GraphQLHttpRefusal(StatusCodes.Status405MethodNotAllowed,
                "GraphQL is asked with POST (or GET for queries).", "METHOD_NOT_ALLOWED"), GraphQLMediaType.Json);
        });
        routes.MapGraphiQL();
        return routes;
    }

    private static async Task<IResult> AnswerAsync(
        HttpContext context, Func<CancellationToken, Task<GraphQLHttpRead>> read, bool mutationsAllowed)
    {
        // GraphQL over HTTP §7.1: Accept chooses the media type; neither acceptable is a 406 (written as application/json).
        if (GraphQLMediaType.Choose(context.Request.Headers.Accept) is not { } mediaType)
        {
            return GraphQLHttpResult.Error(new GraphQLHttpRefusal(StatusCodes.Status406NotAcceptable,
                $"This endpoint answers {GraphQLMediaType.GraphQLResponse} or {GraphQLMediaType.Json}; the Accept header allows neither.",
                "NOT_ACCEPTABLE"), GraphQLMediaType.Json);
        }

        var request = await read(context.RequestAborted);
        if (!request.Succeeded)
        {
            return GraphQLHttpResult.Error(request.Refusal, mediaType);
        }

        if (await GraphQLCallers.AuthenticateAsync(context) is not { } caller)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return GraphQLHttpResult.Error(GraphQLCallers.Unauthorized(context), mediaType);
        }

        var executor = context.RequestServices.GetRequiredService<GraphQLExecutor>();
        var answer = await executor.ExecuteAsync(request.Request, caller, mutationsAllowed, context.RequestServices, context.RequestAborted);
        if (answer.Kind == GraphQLAnswerKind.MutationNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        return new GraphQLHttpResult(answer.Result, mediaType, Status(answer.Kind, mediaType));
    }

    /// <summary>
    /// application/json answers every well-formed request with 200 (legacy clients read errors from the body);
    /// graphql-response+json answers a response without data with a 4xx, or 503 when the time limit stopped it.
    /// </summary>
    private static int Status(GraphQLAnswerKind kind, string mediaType) => kind switch
    {
        GraphQLAnswerKind.Executed => StatusCodes.Status200OK,
        GraphQLAnswerKind.MutationNotAllowed => StatusCodes.Status405MethodNotAllowed,
        _ when mediaType == GraphQLMediaType.Json => StatusCodes.Status200OK,
        GraphQLAnswerKind.TimedOut => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };
}
