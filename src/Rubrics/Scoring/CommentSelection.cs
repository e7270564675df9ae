namespace LtiPathways.Rubrics;

/// <summary>
/// A comment written before anything is chosen. The criterion stays unscored, exactly as if it had no selection,
/// until a level, points, band or outcome (which carries the comment on) takes its place.
/// </summary>
public sealed record CommentSelection(string CriterionId, string Comment) : Selection(CriterionId, Comment);
