using GraphQL;

namespace LtiPathways.LtiTool.Features.GraphQL;

/// <summary>Writes a GraphQL response in the chosen media type, UTF-8, with the status the transport chose.</summary>
public sealed class GraphQLHttpResult(ExecutionResult result, string mediaType, int status) : IResult
{
    public ExecutionResult Result => result;

    public int Status => status;

    public static GraphQLHttpResult Error(GraphQLHttpRefusal refusal, string mediaType) =>
        new(new ExecutionResult { Executed = false, Errors = [new ExecutionError(refusal.Message) { Code = refusal.Code }] }, mediaType, refusal.Status);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.Vary = "Accept";
        await httpContext.RequestServices.GetRequiredService<IGraphQLTextSerializer>()
            .WriteAsync(response.Body, result, httpContext.RequestAborted);
    }
}
