using System.Globalization;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>How the rules write numbers, days and lists, so every sentence reads alike.</summary>
public static class Wording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>42, 42.5, never 42.00.</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", Invariant);

    /// <summary>"14 March", with the year when it is not <paramref name="thisYear"/>'s.</summary>
    public static string Day(DateOnly day, int? thisYear = null) =>
        day.ToString(thisYear is null || day.Year == thisYear ? "d MMMM" : "d MMMM yyyy", Invariant);

    public static string Month(DateOnly day, DateOnly today) =>
        day.ToString(day.Year == today.Year || day.AddYears(1) > today ? "MMMM" : "MMMM yyyy", Invariant);

    public static string Percent(decimal percentage) => percentage.ToString("0.#", Invariant) + "%";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all.SkipLast(1)) + " and " + all[^1];
    }

    public static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    /// <summary>Free text as the end of a sentence: trimmed, with a full stop.</summary>
    public static string Sentence(string text) => text.Trim().TrimEnd('.') + ".";
}
