using System.Text.Json;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>A template's stored and shipped form; reading checks the template's rules too.</summary>
public static class PlanTemplateJson
{
    public static string Write(PlanTemplate template) => JsonSerializer.Serialize(template, PathwayJson.Options);

    public static Validated<PlanTemplate> Read(string json)
    {
        PlanTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<PlanTemplate>(json, PathwayJson.Options);
        }
        catch (JsonException e)
        {
            return Validated<PlanTemplate>.Invalid(
                [new Problem("This is not a template this tool can read: " + e.Message.Split(". ", 2)[0].TrimEnd('.') + ".", ValueListJsonConverter.FullPath(e))]);
        }
        return template is null
            ? Validated<PlanTemplate>.Invalid([new Problem("A template must be a JSON object, not null.")])
            : Validated<PlanTemplate>.From(template, PlanTemplateRules.Check(template));
    }
}
