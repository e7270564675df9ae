using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>
/// Interest results with suggestions. <see cref="StudentName"/> is set when staff read a student's results (read-only);
/// <see cref="CanAct"/> offers the buttons that hold a pathway or move it into the plan.
/// </summary>
public sealed record ResultsView(string SessionToken, CareerExplorationState State, string? StudentName, bool CanAct, CareerPlan? Plan);
