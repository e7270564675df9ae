namespace LtiPathways.Rubrics;

/// <summary>A chosen level; <see cref="Points"/> is required for a range level and must be left out otherwise.</summary>
public sealed record LevelSelection(string CriterionId, string LevelId, decimal? Points = null, string? Comment = null)
    : Selection(CriterionId, Comment);
