namespace LtiPathways.LtiTool.Features.Submissions.Comments;

/// <summary>A new time-coded comment: where in the file, what it says, and optionally the rubric criterion it is about.</summary>
public record MediaCommentInput(double? Seconds, string? Text, string? CriterionId);
