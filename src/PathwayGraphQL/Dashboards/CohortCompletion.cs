namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>One cohort (the year its plans started): its plans, how many have every requirement met or waived, and the requirements met of all.</summary>
public sealed record CohortCompletion(int Cohort, int Plans, int Complete, int RequirementsMet, int Requirements)
{
    public decimal MetPercent => Requirements == 0 ? 0 : Math.Round(RequirementsMet * 100m / Requirements, 1);
}
