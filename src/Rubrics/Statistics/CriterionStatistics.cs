namespace LtiPathways.Rubrics;

/// <summary>
/// One criterion across many assessments. <see cref="Levels"/> lists every level of the rubric, zeros included,
/// in rubric order; <see cref="Mean"/> is over the assessments that scored the criterion and is not rounded.
/// </summary>
public sealed record CriterionStatistics(string CriterionId, string Title, int ScoredCount, decimal? Mean, ValueList<LevelCount> Levels);
