using LtiPathways.LtiTool.Shared;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>Where the dashboards live; the pages link with these, the endpoints map them.</summary>
public static class DashboardPaths
{
    public const string Root = ToolLinks.Dashboard;
    public const string Export = Root + "/students.csv";
    public const string Impact = Root + "/impact";
}
