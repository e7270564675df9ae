namespace LtiPathways.LtiTool.Features.GraphQL;

/// <summary>A request GraphQL over HTTP does not accept: its status, one sentence, and a code for machines.</summary>
public sealed record GraphQLHttpRefusal(int Status, string Message, string Code)
{
    public static GraphQLHttpRefusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, message, "BAD_REQUEST");
}
