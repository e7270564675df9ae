namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>The dashboard's filters, each optional, and the page (from 1) of the filtered students.</summary>
public sealed record DashboardFilter(int? Cohort, string? Template, string? Provider, DashboardRisk? Risk, int Page = 1)
{
    public const int PageSize = 50;

    public static DashboardFilter None { get; } = new(null, null, null, null);

    /// <summary>Days ahead within which an expiring certification counts as a reminder, as agreements' widest window does.</summary>
    public const int CertificationWindowDays = 90;
}
