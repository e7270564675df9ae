using System.Text.Json;
using System.Text.Json.Serialization;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways;

/// <summary>Reads and writes <see cref="ValueList{T}"/> as a JSON array; a null or absent list reads as empty.</summary>
public sealed class ValueListJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ItemsConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    /// <summary>The place inside the list that was wrong, for <see cref="JsonException.Data"/>, relative to the list.</summary>
    public const string InnerPath = "ValueList.InnerPath";

    /// <summary>Where a read went wrong, including the place inside a list.</summary>
    public static string? FullPath(JsonException e) => e.Path + (e.Data[InnerPath] as string);

    private sealed class ItemsConverter<T> : JsonConverter<ValueList<T>>
    {
        public override bool HandleNull => true;

        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return ValueList<T>.Empty;
            }
            try
            {
                return new ValueList<T>(JsonSerializer.Deserialize<T[]>(ref reader, options) ?? []);
            }
            catch (JsonException e) when (FullPath(e) is { Length: > 1 } inner)
            {
                // The nested read starts its own path at "$"; left without one, the outer read sets the list's own path.
                throw new JsonException(e.Message.Split(" Path: ")[0], e) { Data = { [InnerPath] = inner[1..] } };
            }
        }

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToArray(), options);
    }
}
