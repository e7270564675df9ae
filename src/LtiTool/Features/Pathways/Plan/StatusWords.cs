using LtiPathways.PathwayGraphQL.Pathways.Rules;

using LtiPathways.LtiTool.Features.Pathways;
using LtiPathways.LtiTool.Features.Pathways.Start;
using LtiPathways.LtiTool.Features.Pathways.Editing;
using LtiPathways.LtiTool.Features.Pathways.Review;
using LtiPathways.LtiTool.Features.Pathways.Caseloads;
using LtiPathways.LtiTool.Features.Pathways.Mentees;
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
