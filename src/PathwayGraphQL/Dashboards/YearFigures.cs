namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>What the institution's plans show for one calendar year: certifications earned, community-engagement and work-based hours.</summary>
public sealed record YearFigures(int Year, int Certifications, decimal CommunityHours, decimal WorkBasedHours);
