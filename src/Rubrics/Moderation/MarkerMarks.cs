namespace LtiPathways.Rubrics;

/// <summary>One marker's selections in double marking.</summary>
public sealed record MarkerMarks(string MarkerId, Selections Selections);
