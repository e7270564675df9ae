namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>The institution's plans counted by what needs attention, whatever the filters, and its students without a plan.</summary>
public sealed record DashboardTotals(
    int Plans, int AtRisk, int Missing, int OnTrack, int Complete, int BehindPace, int OverdueMilestones, int CertificationsExpiring, int WithoutPlan);
