namespace LtiPathways.Rubrics;

/// <summary>The rubric after an edit and the version the edit produced.</summary>
public sealed record RubricEdit(Rubric Rubric, RubricVersion Version, bool IsNewVersion);
