using System.Text.Json;
using GraphQL;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using Microsoft.Net.Http.Headers;

namespace LtiPathways.LtiTool.Features.GraphQL;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (query, operationName, variables, extensions) from a POST's JSON body
/// or a GET's query string, checking each one's JSON type as the spec requires; anything else is a 4xx with a sentence.
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer)
{
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<GraphQLHttpRead> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // GraphQL over HTTP §5.1: a POST body is application/json; UTF-8 is assumed when no charset is given.
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaType.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return new GraphQLHttpRefusal(StatusCodes.Status415UnsupportedMediaType,
                "Send the request as Content-Type: application/json (UTF-8), with a JSON object holding the query.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return TooLarge();
            }

            body.Write(buffer, 0, read);
        }

        if (body.Length == 0)
        {
            return GraphQLHttpRefusal.BadRequest("The request body is empty; send a JSON object with a query.");
        }

        try
        {
            using var json = JsonDocument.Parse(body.ToArray());
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? FromParameters(name => json.RootElement.TryGetProperty(name, out var value) ? value : null)
                : GraphQLHttpRefusal.BadRequest("The request body must be a JSON object with a query, such as {\"query\": \"{ viewer { kind } }\"}.");
        }
        catch (JsonException exception)
        {
            return GraphQLHttpRefusal.BadRequest($"The request body is not valid JSON ({FirstSentence(exception.Message)}).");
        }
    }

    /// <summary>GET carries the parameters URL-encoded; variables and extensions are JSON text (GraphQL over HTTP §6.1).</summary>
    public GraphQLHttpRead ReadGet(HttpRequest request)
    {
        var documents = new List<JsonDocument>();
        try
        {
            JsonElement? Parameter(string name)
            {
                if (request.Query[name] is not [{ } text])
                {
                    return request.Query[name].Count > 1 ? throw new JsonException($"{name} is given more than once") : null;
                }

                if (name is "query" or "operationName")
                {
                    return JsonSerializer.SerializeToElement(text);
                }

                var document = JsonDocument.Parse(text);
                documents.Add(document);
                return document.RootElement;
            }

            return FromParameters(Parameter);
        }
        catch (JsonException exception)
        {
            return GraphQLHttpRefusal.BadRequest($"A parameter of the URL is not valid: {FirstSentence(exception.Message)}; variables and extensions are JSON objects.");
        }
        finally
        {
            documents.ForEach(document => document.Dispose());
        }
    }

    private GraphQLHttpRead FromParameters(Func<string, JsonElement?> parameter)
    {
        var query = parameter("query");
        var operationName = parameter("operationName");
        var variables = parameter("variables");
        var extensions = parameter("extensions");
        if (query is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return GraphQLHttpRefusal.BadRequest("query must be a string holding the GraphQL document.");
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return GraphQLHttpRefusal.BadRequest("operationName must be a string (or null).");
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return GraphQLHttpRefusal.BadRequest("variables must be a JSON object of names and values (or null).");
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return GraphQLHttpRefusal.BadRequest("extensions must be a JSON object (or null).");
        }

        var extensionInputs = Inputs(extensions);
        if (query?.GetString() is null && extensionInputs?.ContainsKey("persistedQuery") != true)
        {
            return GraphQLHttpRefusal.BadRequest(
                "The request has no query: send the GraphQL document in query, or a persisted query's hash in extensions.persistedQuery.sha256Hash.");
        }

        return new GraphQLRequest(query?.GetString(), operationName?.GetString(), Inputs(variables), extensionInputs);
    }

    private Inputs? Inputs(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value ? serializer.ReadNode<Inputs>(value) : null;

    private static GraphQLHttpRefusal TooLarge() => new(StatusCodes.Status413PayloadTooLarge,
        $"The request is larger than {MaxBodyBytes / 1024} KB; send a shorter document or use a persisted query.", "PAYLOAD_TOO_LARGE");

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.');
}
