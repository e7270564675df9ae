namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>A career cluster and a pathway in it chosen.</summary>
public static class CareerChoiceRule
{
    public static Verdict Check(PlanFacts facts) => facts.Plan.Career switch
    {
        { Cluster: var cluster, Pathway: var pathway } when !string.IsNullOrWhiteSpace(cluster) && !string.IsNullOrWhiteSpace(pathway) =>
            new(RequirementStatus.Met, $"{pathway} in {cluster}."),
        { Cluster: var cluster } when !string.IsNullOrWhiteSpace(cluster) =>
            new(RequirementStatus.OnTrack, $"{cluster} chosen; now choose a pathway in it."),
        _ => new(RequirementStatus.Missing, "no career cluster chosen yet."),
    };
}
