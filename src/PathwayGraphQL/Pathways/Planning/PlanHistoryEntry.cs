using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>One saved version in a plan's history: who saved it, when, and what changed from the one before.</summary>
public sealed record PlanHistoryEntry(int Number, string SavedBy, DateTime SavedAt, ValueList<string> Changes);
