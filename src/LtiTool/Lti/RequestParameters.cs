namespace LtiPathways.LtiTool.Lti;

/// <summary>OIDC messages may arrive as a query (GET) or a form (POST); both read the same way.</summary>
public static class RequestParameters
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.HasFormContentType
            ? (await request.ReadFormAsync(cancellationToken)).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal)
            : request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}
