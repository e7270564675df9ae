namespace LtiPathways.LtiTool.Features.Submissions.Comments;

/// <summary>A time-coded comment as the player lists it; <see cref="Mine"/> says whether the reader may delete it.</summary>
/// <param name="Criterion">The title of the rubric criterion the comment is about, when it names one.</param>
public record MediaCommentView(Guid Id, double Seconds, string Text, string? CriterionId, string? Criterion, string Author, DateTime CreatedAt, bool Mine);
