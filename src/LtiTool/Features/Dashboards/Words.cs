using System.Globalization;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>How the dashboards write counts, hours, days and percentages, in the person's culture.</summary>
public static class Words
{
    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);

    public static string Hours(double hours) => hours.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>A day in the page's pattern (DashboardText's "Format.Day").</summary>
    public static string Day(DateOnly? day, string pattern) => day?.ToString(pattern, CultureInfo.CurrentCulture) ?? "";

    public static string Percent(decimal? percent) => percent is { } value ? value.ToString("0.#", CultureInfo.CurrentCulture) + " %" : "";
}
