namespace LtiPathways.Rubrics;

/// <summary>
/// What a marker chose for one criterion, with an optional comment. The subtypes match the criterion kinds,
/// and <see cref="CommentSelection"/> is a comment alone, which scores nothing yet.
/// </summary>
public abstract record Selection(string CriterionId, string? Comment);
