namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>Names DashboardText.resx: the words of the coordinator's dashboard, impact charts and partnership health.</summary>
public sealed class DashboardText;
