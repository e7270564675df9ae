using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>The held pathways side by side, checked against the plan, with what just happened.</summary>
public sealed record AlternativesView(string SessionToken, AlternativeComparison Comparison, string? Notice, string? Problem);
