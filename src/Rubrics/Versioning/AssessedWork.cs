namespace LtiPathways.Rubrics;

/// <summary>An assessment's selections, named by the assessment's id, as input to a score-change preview.</summary>
public sealed record AssessedWork(string AssessmentId, Selections Selections);
