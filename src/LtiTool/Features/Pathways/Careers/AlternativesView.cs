using LtiPathways.PathwayGraphQL.Pathways.Planning;

using LtiPathways.LtiTool.Features.Pathways.Start;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.LtiTool.Features.Pathways.Editing;
using LtiPathways.LtiTool.Features.Pathways.Review;
using LtiPathways.LtiTool.Features.Pathways.Caseloads;
namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>The held pathways side by side, checked against the plan, with what just happened.</summary>
public sealed record AlternativesView(string SessionToken, AlternativeComparison Comparison, string? Notice, string? Problem);
