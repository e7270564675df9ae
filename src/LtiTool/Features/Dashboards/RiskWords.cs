using LtiPathways.PathwayGraphQL.Dashboards;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>The risk filter's values as the address and the page name them.</summary>
public static class RiskWords
{
    public static readonly IReadOnlyList<DashboardRisk> All = Enum.GetValues<DashboardRisk>();

    public static string Slug(DashboardRisk risk) => risk switch
    {
        DashboardRisk.AtRisk => "at-risk",
        DashboardRisk.Missing => "missing",
        DashboardRisk.OnTrack => "on-track",
        DashboardRisk.Complete => "complete",
        DashboardRisk.BehindPace => "behind-pace",
        DashboardRisk.OverdueMilestones => "overdue-milestones",
        _ => "certification-expiring",
    };

    public static string Label(DashboardRisk risk) => risk switch
    {
        DashboardRisk.AtRisk => "A requirement at risk",
        DashboardRisk.Missing => "A requirement with nothing yet",
        DashboardRisk.OnTrack => "On track",
        DashboardRisk.Complete => "Every requirement met",
        DashboardRisk.BehindPace => "Hours behind pace",
        DashboardRisk.OverdueMilestones => "Overdue milestones",
        _ => $"A certification expiring within {DashboardFilter.CertificationWindowDays} days",
    };

    public static DashboardRisk? Parse(string slug) => All.Cast<DashboardRisk?>().FirstOrDefault(r => Slug(r!.Value) == slug);
}
