namespace LtiPathways.Rubrics;

/// <summary>
/// The score of one assessment. <see cref="Total"/> and <see cref="Maximum"/> are exact;
/// <see cref="Percentage"/> and <see cref="LmsPoints"/> follow the rule in <see cref="RubricScorer"/>.
/// Both are null when the rubric carries no points (a feedback-only single-point rubric).
/// </summary>
public sealed record ScoreResult(
    ValueList<CriterionScore> Criteria,
    decimal Total,
    decimal Maximum,
    decimal? Percentage,
    decimal? LmsPoints,
    decimal ScoreMaximum,
    int? IbGrade,
    ValueList<string> UnscoredCriteria)
{
    /// <summary>Every criterion has a selection; only complete results should be passed back.</summary>
    public bool IsComplete => UnscoredCriteria.Count == 0;
}
