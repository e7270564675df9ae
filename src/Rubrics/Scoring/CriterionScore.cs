namespace LtiPathways.Rubrics;

/// <summary>
/// The score of one criterion, weight included. <see cref="LevelKey"/> names what was chosen
/// (a level id, a band id, or concerns/meets/exceeds) so statistics can count it; null for free-form points.
/// </summary>
public sealed record CriterionScore(string CriterionId, decimal Points, decimal MaximumPoints, string? LevelKey, string? Comment);
