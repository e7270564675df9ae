using System.Text.Json;

namespace LtiPathways.Rubrics;

/// <summary>Reads typed fields out of a JSON object, noting a problem (with its JSON path) for each missing or wrong one.</summary>
internal sealed class JsonFieldReader
{
    public List<Problem> Problems { get; } = [];

    public void Fail(string path, string message) => Problems.Add(new(message, path));

    public bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        Fail(path, $"Expected an object here, found {Describe(element)}.");
        return false;
    }

    public JsonElement? Field(JsonElement obj, string name, string path, bool required)
    {
        if (obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        if (required)
        {
            Fail($"{path}.{name}", $"\"{name}\" is required.");
        }
        return null;
    }

    public string? String(JsonElement obj, string name, string path, bool required = true)
    {
        if (Field(obj, name, path, required) is not { } value)
        {
            return required ? null : "";
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }
        Fail($"{path}.{name}", $"\"{name}\" must be text, not {Describe(value)}.");
        return null;
    }

    public string? OptionalString(JsonElement obj, string name, string path) =>
        Field(obj, name, path, required: false) is null ? null : String(obj, name, path);

    public decimal? Decimal(JsonElement obj, string name, string path, bool required = true)
    {
        if (Field(obj, name, path, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }
        Fail($"{path}.{name}", $"\"{name}\" must be a number, not {Describe(value)}.");
        return null;
    }

    public int? Int(JsonElement obj, string name, string path)
    {
        if (Field(obj, name, path, required: true) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        Fail($"{path}.{name}", $"\"{name}\" must be a whole number, not {Describe(value)}.");
        return null;
    }

    public DateTimeOffset? Date(JsonElement obj, string name, string path)
    {
        if (Field(obj, name, path, required: true) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var date))
        {
            return date;
        }
        Fail($"{path}.{name}", $"\"{name}\" must be a date and time such as \"2025-09-01T08:00:00+00:00\".");
        return null;
    }

    public TEnum? Enum<TEnum>(JsonElement obj, string name, string path)
        where TEnum : struct, Enum
    {
        if (String(obj, name, path) is not { } text)
        {
            return null;
        }
        if (JsonNames.Parse<TEnum>(text) is { } parsed)
        {
            return parsed;
        }
        Fail($"{path}.{name}", $"\"{text}\" is not one of {JsonNames.Names<TEnum>()}.");
        return null;
    }

    /// <summary>The items of an array field with their paths; a missing optional array is empty.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, string name, string path, bool required = true)
    {
        if (Field(obj, name, path, required) is not { } value)
        {
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail($"{path}.{name}", $"\"{name}\" must be a list, not {Describe(value)}.");
            return [];
        }
        return value.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]")).ToList();
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "nothing",
    };
}
