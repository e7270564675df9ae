using System.Globalization;
using LtiPathways.PathwayGraphQL.Dashboards;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>
/// The dashboard's address: its filters read from the query string (an empty field means "any"), and written back for
/// the pager and the CSV link. A value the page never offers is a 400 with a sentence, not an empty list.
/// </summary>
public static class DashboardQuery
{
    public static (DashboardFilter? Filter, string? Problem) Read(string? cohort, string? template, string? provider, string? risk, string? page)
    {
        int? year = null;
        if (!string.IsNullOrWhiteSpace(cohort))
        {
            if (!int.TryParse(cohort, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1900 or > 2200)
            {
                return (null, "The cohort is the year students started their plans, such as 2025.");
            }
            year = parsed;
        }
        DashboardRisk? chosen = null;
        if (!string.IsNullOrWhiteSpace(risk))
        {
            chosen = RiskWords.Parse(risk.Trim());
            if (chosen is null)
            {
                return (null, $"There is no risk \u201c{risk.Trim()}\u201d; choose one from the list.");
            }
        }
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return (null, "Pages are numbered from 1.");
        }
        return (new DashboardFilter(year, Blank(template), Blank(provider), chosen, number), null);
    }

    /// <summary>The filter as query parameters (without the session), for another page or the CSV export.</summary>
    public static string Of(DashboardFilter filter, int? page = null)
    {
        var parts = new List<string>();
        Add(parts, "cohort", filter.Cohort?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "template", filter.Template);
        Add(parts, "provider", filter.Provider);
        Add(parts, "risk", filter.Risk is { } risk ? RiskWords.Slug(risk) : null);
        Add(parts, "page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
