using System.Text.Json;
using System.Text.Json.Serialization;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Pathways;

/// <summary>The one JSON shape of plans and templates, stored and shipped: camelCase names, enums by name, lists as arrays.</summary>
public static class PathwayJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new HourKindJsonConverter(), new JsonStringEnumConverter(), new ValueListJsonConverter() },
        // Every field is written, nulls too, so a field missing on the way in is an error with its place, not a null
        // slipping into a non-nullable string.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
