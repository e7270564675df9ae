using System.Text.Json;
using System.Text.Json.Serialization;

namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>Reads hour kinds by name, including the IB's former names, so hours logged under them still count.</summary>
public sealed class HourKindJsonConverter : JsonConverter<HourKind>
{
    private static readonly Dictionary<string, HourKind> FormerNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ServiceLearning"] = HourKind.CommunityEngagement,
        ["LanguageDevelopment"] = HourKind.LanguageAndCulturalStudies,
    };

    public override HourKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString()! : "";
        return FormerNames.TryGetValue(name, out var kind) || (Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _))
            ? kind
            : throw new JsonException($"\"{name}\" is not a kind of hours; use one of {string.Join(", ", Enum.GetNames<HourKind>())}.");
    }

    public override void Write(Utf8JsonWriter writer, HourKind value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
