namespace LtiPathways.Rubrics;

/// <summary>The lasting record of a moderation: both markers' totals, the decision and the final total.</summary>
public sealed record ModerationRecord(
    string MarkerA, string MarkerB, decimal TotalA, decimal TotalB, ModerationDecision Decision, decimal FinalTotal);
