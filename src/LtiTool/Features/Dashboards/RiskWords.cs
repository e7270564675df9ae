using LtiPathways.PathwayGraphQL.Dashboards;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>The risk filter's values as the address names them (the page's words are DashboardText's "Risk.*").</summary>
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

    public static DashboardRisk? Parse(string slug) => All.Cast<DashboardRisk?>().FirstOrDefault(r => Slug(r!.Value) == slug);
}
