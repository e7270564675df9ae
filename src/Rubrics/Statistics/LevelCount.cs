namespace LtiPathways.Rubrics;

/// <summary>How many assessments chose one level (or band, or single-point outcome) of a criterion.</summary>
public sealed record LevelCount(string LevelKey, string Title, int Count);
