using System.Text.Json;

namespace LtiPathways.Rubrics;

/// <summary>The names enums and criterion types have in the JSON format.</summary>
internal static class JsonNames
{
    public static readonly string[] CriterionTypes = ["levels", "freeForm", "singlePoint", "markbands"];

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static TEnum? Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (TEnum?)v).FirstOrDefault(v => Of(v!.Value) == name);

    public static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => $"\"{Of(v)}\""));

    public static string TypeOf(Criterion criterion) => criterion switch
    {
        LevelCriterion => CriterionTypes[0],
        FreeFormCriterion => CriterionTypes[1],
        SinglePointCriterion => CriterionTypes[2],
        _ => CriterionTypes[3],
    };
}
