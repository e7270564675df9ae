using System.Text.RegularExpressions;
using GraphQL;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>The core's refusal as a GraphQL error: its sentence, and its code in the API's spelling (NOT_FOUND, CONFLICT…).</summary>
public static partial class RefusalErrors
{
    public static ExecutionError Error(this Refusal refusal) => new(refusal.Sentence) { Code = Code(refusal.Code) };

    public static string Code(RefusalCode code) => Words().Replace(code.ToString(), "$1_$2").ToUpperInvariant();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex Words();
}
