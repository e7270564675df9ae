namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>One career-related study chosen.</summary>
public static class CareerRelatedStudyRule
{
    public static Verdict Check(PlanFacts facts) => facts.Plan.CareerRelatedStudy is { } crs
        ? new(RequirementStatus.Met, $"{crs.Title} with {crs.Provider}.")
        : new(RequirementStatus.Missing, "no career-related study chosen yet.");
}
