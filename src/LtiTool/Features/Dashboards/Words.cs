using System.Globalization;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>How the dashboards write counts, hours and days.</summary>
public static class Words
{
    public static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} {many}";

    public static string Hours(double hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Percent(decimal? percent) => percent is { } value ? value.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "";
}
