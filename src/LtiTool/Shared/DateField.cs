using System.Globalization;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.LtiTool.Shared;

/// <summary>A datetime-local field's text and the UTC moment it means (the tool's forms label these fields UTC).</summary>
public static class DateField
{
    public static DateTime? Parse(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;

    /// <summary>The value a datetime-local input accepts.</summary>
    public static string Format(DateTime? value) => value?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>How pages show a moment to people.</summary>
    public static string Show(DateTime value) => Moments.Show(value);
}
