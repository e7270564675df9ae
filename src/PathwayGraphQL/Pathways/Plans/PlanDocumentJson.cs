using System.Text.Json;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>A plan version's stored form. Reading never throws for bad input: it names the place that is wrong.</summary>
public static class PlanDocumentJson
{
    public static string Write(PlanDocument document) => JsonSerializer.Serialize(document, PathwayJson.Options);

    public static Validated<PlanDocument> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PlanDocument>(json, PathwayJson.Options) is { } document
                ? Validated<PlanDocument>.Valid(document)
                : Validated<PlanDocument>.Invalid([new Problem("A plan must be a JSON object, not null.")]);
        }
        catch (JsonException e)
        {
            return Validated<PlanDocument>.Invalid([new Problem("This is not a plan this tool can read: " + FirstSentence(e.Message), ValueListJsonConverter.FullPath(e))]);
        }
    }

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.') + ".";
}
