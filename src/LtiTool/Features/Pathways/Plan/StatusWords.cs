using LtiPathways.PathwayGraphQL.Pathways.Rules;

namespace LtiPathways.LtiTool.Features.Pathways.Plan;

public static class StatusWords
{
    public static string Of(RequirementStatus status) => status switch
    {
        RequirementStatus.Met => "Met",
        RequirementStatus.OnTrack => "On track",
        RequirementStatus.AtRisk => "At risk",
        RequirementStatus.Missing => "Missing",
        _ => "Waived",
    };
}
