namespace LtiPathways.Rubrics;

public sealed record OutcomeSelection(string CriterionId, SinglePointOutcome Outcome, string? Comment = null)
    : Selection(CriterionId, Comment);
