using System.Text.Json;
using LtiPathways.PathwayGraphQL.Pathways;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>Modules and a student's work in them, stored as JSON in the plans' shape; reading a module checks its rules too.</summary>
public static class ModuleJson
{
    public static string Write(CteModule module) => JsonSerializer.Serialize(module, PathwayJson.Options);

    public static string Write(ModuleWork work) => JsonSerializer.Serialize(work, PathwayJson.Options);

    public static ModuleWork ReadWork(string json) =>
        JsonSerializer.Deserialize<ModuleWork>(json, PathwayJson.Options) ?? throw new InvalidOperationException("Stored module work is null.");

    public static Validated<CteModule> Read(string json)
    {
        CteModule? module;
        try
        {
            module = JsonSerializer.Deserialize<CteModule>(json, PathwayJson.Options);
        }
        catch (JsonException e)
        {
            return Validated<CteModule>.Invalid(
                [new Problem("This is not a module this tool can read: " + e.Message.Split(". ", 2)[0].TrimEnd('.') + ".", ValueListJsonConverter.FullPath(e))]);
        }
        return module is null
            ? Validated<CteModule>.Invalid([new Problem("A module must be a JSON object, not null.")])
            : Validated<CteModule>.From(module, ModuleRules.Check(module));
    }
}
