using System.Globalization;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>
/// Reads a partnership form's fields (named "form-field", which is also each input's id) into the core's inputs; a value
/// that does not parse becomes null, so the core's rule gives the sentence for it.
/// </summary>
public sealed class PartnershipForm(IFormCollection form, string name)
{
    public string Text(string field) => form[Id(field)].ToString();

    public string? Optional(string field) => form[Id(field)].ToString() is { Length: > 0 } text ? text : null;

    public T? Choice<T>(string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(Text(field), out var value) && Enum.IsDefined(value) && !int.TryParse(Text(field), out _) ? value : null;

    public decimal? Number(string field) =>
        decimal.TryParse(Text(field), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    public int? Whole(string field) => int.TryParse(Text(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public DateOnly? Date(string field) =>
        DateOnly.TryParseExact(Text(field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    public Guid? Person(string field) => Guid.TryParse(Text(field), out var value) ? value : null;

    public IReadOnlyList<Guid> People(string field) =>
        form[Id(field)].Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).ToList();

    public string Id(string field) => $"{name}-{field}";

    public IReadOnlyList<FormError> Errors(IEnumerable<InputProblem> problems) => problems.Select(p => new FormError(Id(p.Field), p.Sentence)).ToList();

    /// <summary>What was typed, to show again beside the sentences when the form is refused.</summary>
    public IReadOnlyDictionary<string, string> Kept() =>
        form.Where(f => f.Key != "session_token").ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
}
