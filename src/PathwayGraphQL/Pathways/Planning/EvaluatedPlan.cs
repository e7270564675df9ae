using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A plan at its current version with its student's name, evaluated for today against its own template version.</summary>
public sealed record EvaluatedPlan(PlanSnapshot Plan, string StudentName, PlanTemplate Template, PlanEvaluation Evaluation);
