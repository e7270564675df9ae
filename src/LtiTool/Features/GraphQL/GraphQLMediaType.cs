using Microsoft.Net.Http.Headers;

namespace LtiPathways.LtiTool.Features.GraphQL;

/// <summary>The two answers GraphQL over HTTP defines, and which one a request's Accept header chooses.</summary>
public static class GraphQLMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer in, or null when Accept allows neither (406). Named explicitly, graphql-response+json wins
    /// a tie; no Accept, or only wildcards, gets application/json, as the spec asks of servers while legacy clients remain.
    /// </summary>
    public static string? Choose(IList<string> accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        return new[] { GraphQLResponse, Json }
            .Select(type => (Type: type, Match: BestMatch(ranges, type)))
            .Where(candidate => candidate.Match.Quality > 0)
            .OrderByDescending(candidate => candidate.Match.Quality)
            .ThenByDescending(candidate => candidate.Match.Specificity)
            .ThenBy(candidate => candidate.Match.Specificity == 2 ? candidate.Type == GraphQLResponse ? 0 : 1 : candidate.Type == Json ? 0 : 1)
            .Select(candidate => candidate.Type)
            .FirstOrDefault();
    }

    /// <summary>The most specific range naming the type decides its quality (RFC 9110 §12.5.1).</summary>
    private static (double Quality, int Specificity) BestMatch(IList<MediaTypeHeaderValue> ranges, string type)
    {
        var subtypeWildcard = type[..(type.IndexOf('/') + 1)] + "*";
        return ranges
            .Select(range => (Range: range, Specificity:
                range.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase) ? 2
                : range.MediaType.Equals(subtypeWildcard, StringComparison.OrdinalIgnoreCase) ? 1
                : range.MediaType.Equals("*/*", StringComparison.Ordinal) ? 0 : -1))
            .Where(match => match.Specificity >= 0)
            .OrderByDescending(match => match.Specificity)
            .Select(match => (match.Range.Quality ?? 1, match.Specificity))
            .DefaultIfEmpty((0, -1))
            .First();
    }
}
