namespace LtiPathways.Rubrics;

/// <summary>
/// The final mark. <see cref="FinalSelections"/> is null for an average, which is not a selection on the
/// rubric: the averaged criterion scores are in <see cref="FinalScore"/>.
/// </summary>
public sealed record ModerationOutcome(Selections? FinalSelections, ScoreResult FinalScore, ModerationRecord Record);
