using System.Globalization;
using LtiPathways.LtiTool.Shared;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// Reads one section's form: field names are "{section}-{property}", so a problem the core reports at
/// <c>hours[3].date</c> lands beside the field <c>hours-date</c>. Only what cannot be read at all is a problem here;
/// what may be stored is the core's validator's to say.
/// </summary>
public sealed class PlanFormFields(IFormCollection form, string section)
{
    private readonly List<FormError> errors = [];

    public string Section => section;

    public IReadOnlyList<FormError> Errors => errors;

    /// <summary>What the person typed, kept to show again when the form is refused.</summary>
    public IReadOnlyDictionary<string, string> Input =>
        form.Keys.Where(k => k.StartsWith(section + "-", StringComparison.Ordinal)).ToDictionary(k => k, k => string.Join(",", form[k].ToArray()));

    public static string Id(string section, string property) => $"{section}-{property}";

    /// <summary>The section of one entry's edit form, "goals-3f2a…", so its fields' ids differ from every other form's.</summary>
    public static string ItemSection(string list, Guid id) => $"{list}-{id:N}";

    /// <summary>The section of one entry's removal confirmation.</summary>
    public static string RemoveSection(string list, Guid id) => $"{ItemSection(list, id)}-remove";

    public string Text(string property) => form[Id(section, property)].ToString().Trim();

    public string? Optional(string property) => Text(property) is { Length: > 0 } text ? text : null;

    public IReadOnlyList<string> All(string property) => form[Id(section, property)].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();

    public DateOnly Date(string property, string what) =>
        OptionalDate(property, what) ?? Fail(property, $"Enter the {what} as a date.", default(DateOnly));

    public DateOnly? OptionalDate(string property, string what)
    {
        var text = Text(property);
        if (text.Length == 0)
        {
            return null;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : Fail<DateOnly?>(property, $"The {what} must be a date like 2026-10-03.", null);
    }

    public decimal Number(string property, string what) =>
        decimal.TryParse(Text(property), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail(property, $"Enter the {what} as a number, for example 1.5.", 0m);

    public int Whole(string property, string what) =>
        int.TryParse(Text(property), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail(property, $"Enter the {what} as a whole number.", 0);

    public T Choice<T>(string property, string what)
        where T : struct, Enum =>
        Enum.TryParse<T>(Text(property), ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(Text(property), out _)
            ? value
            : Fail(property, $"Choose the {what} from the list.", default(T));

    /// <summary>An id a page script filled in (a saved recording's), or null when empty.</summary>
    public Guid? OptionalId(string property, string sentence) =>
        Text(property) is { Length: > 0 } text ? Guid.TryParse(text, out var id) ? id : Fail<Guid?>(property, sentence, null) : null;

    public string Required(string property, string sentence) => Text(property) is { Length: > 0 } text ? text : Fail(property, sentence, "");

    private T Fail<T>(string property, string sentence, T fallback)
    {
        errors.Add(new FormError(Id(section, property), sentence));
        return fallback;
    }
}
