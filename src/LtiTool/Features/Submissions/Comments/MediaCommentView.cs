namespace LtiPathways.LtiTool.Features.Submissions.Comments;

/// <summary>A time-coded comment as the player lists it; <see cref="Mine"/> says whether the reader may delete it.</summary>
public record MediaCommentView(Guid Id, double Seconds, string Text, string? CriterionId, string Author, DateTime CreatedAt, bool Mine);
