using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>The overview: how far the student got, their plan's pathway (null plan: none started), and what just happened.</summary>
public sealed record CareersView(string SessionToken, bool IsStudent, CareerExplorationState State, CareerPlan? Plan, string? Notice, string? Problem);
