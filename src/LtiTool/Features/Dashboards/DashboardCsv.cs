using System.Globalization;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.PathwayGraphQL.Dashboards;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>The dashboard's filtered students as a spreadsheet, through the product's one CSV writer (formula cells neutralised).</summary>
public static class DashboardCsv
{
    private static readonly IEnumerable<CsvCell> Header =
    [
        "Student", "Plan", "Cohort", "Provider", "Status", "Requirements met", "Requirements", "At risk", "Missing",
        "Hours logged", "Hours target", "Behind pace", "Overdue milestones", "Next deadline", "Certification expiring", "Expires on", "Needs attention",
    ];

    public static string Write(IEnumerable<DashboardRow> rows) => SpreadsheetCsv.Write(rows.Select(Row).Prepend(Header));

    private static IEnumerable<CsvCell> Row(DashboardRow row) =>
    [
        row.Name, row.TemplateName, CsvCell.Number(row.Cohort), row.Provider, StatusWords.Of(row.Overall),
        CsvCell.Number(row.Met), CsvCell.Number(row.Requirements), CsvCell.Number(row.AtRisk), CsvCell.Number(row.Missing),
        CsvCell.Number((decimal)row.HoursLogged), CsvCell.Number((decimal)row.HoursTarget), row.BehindPace ? "yes" : "no",
        CsvCell.Number(row.OverdueMilestones), Day(row.NextDeadline), row.ExpiringCertification, Day(row.CertificationExpiresOn),
        string.Join(" ", row.Attention),
    ];

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
