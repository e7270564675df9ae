using System.Security.Cryptography;
using System.Text;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Schema.Execution;

namespace LtiPathways.PathwayGraphQL.Schema.Persisted;

/// <summary>
/// The tool's own documents (its dashboards' queries), shipped in the assembly as <c>Schema/Persisted/Documents/*.graphql</c>
/// and allowed by their SHA-256: a client sends <c>extensions.persistedQuery.sha256Hash</c> instead of the text. Only
/// these hashes are known; this is an allow-list, not a cache clients may add to.
/// </summary>
public sealed class PersistedQueries
{
    private const string ResourcePrefix = "LtiPathways.PathwayGraphQL.Schema.Persisted.Documents.";

    public PersistedQueries()
    {
        var assembly = typeof(PersistedQueries).Assembly;
        ByHash = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".graphql", StringComparison.Ordinal))
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
                return reader.ReadToEnd();
            })
            .ToDictionary(Hash, text => text, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> ByHash { get; }

    /// <summary>
    /// The request's document: its text, or the allowed document its hash names. Apollo's convention for the extension and
    /// its errors (PersistedQueryNotFound), which GraphiQL and most clients speak.
    /// </summary>
    public Outcome<string> Document(GraphQLRequest request)
    {
        if (request.Extensions?.TryGetValue("persistedQuery", out var extension) != true)
        {
            return request.Query is { } text ? text : Refusal.Invalid("The request has no query.");
        }

        if (extension is not IDictionary<string, object?> persisted || !persisted.TryGetValue("sha256Hash", out var value)
            || value is not string hash)
        {
            return Refusal.Invalid("extensions.persistedQuery needs a sha256Hash string.");
        }

        if (request.Query is { } query)
        {
            return Hash(query) == hash ? query : Refusal.Invalid("provided sha does not match query");
        }

        return ByHash.TryGetValue(hash, out var known) ? known : Refusal.NotFound("PersistedQueryNotFound");
    }

    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
