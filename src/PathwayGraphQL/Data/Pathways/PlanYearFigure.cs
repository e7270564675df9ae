namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>
/// What one plan shows for one calendar year: certifications earned, community-engagement and work-based learning hours.
/// Hours are doubles here (decimals in the plan) so SQLite can sum them for the impact charts.
/// </summary>
public class PlanYearFigure
{
    public Guid PlanId { get; set; }
    public int Year { get; set; }
    public int Certifications { get; set; }
    public double CommunityHours { get; set; }
    public double WorkBasedHours { get; set; }
}
